// The UI, with the Function App linked as its backend: the static web app proxies /api/* to it.
param name string
param location string
param tags object
param functionAppId string
param functionAppLocation string

resource staticSite 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: { name: 'Standard', tier: 'Standard' }
  properties: {
    stagingEnvironmentPolicy: 'Enabled'
    allowConfigFileUpdates: true
  }

  resource backend 'linkedBackends' = {
    name: 'api'
    properties: {
      backendResourceId: functionAppId
      region: functionAppLocation
    }
  }
}

output name string = staticSite.name
output defaultHostname string = staticSite.properties.defaultHostname
