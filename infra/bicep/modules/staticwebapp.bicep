// The UI's static files. Front Door is its only way in (frontdoor-routes.bicep): the site's own
// configuration admits Front Door's addresses only, and the API is not linked here but routed by Front Door.
param name string
param location string
param tags object

resource staticSite 'Microsoft.Web/staticSites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  // Standard: the networking settings of staticwebapp.config.json apply only on it.
  sku: { name: 'Standard', tier: 'Standard' }
  properties: {
    stagingEnvironmentPolicy: 'Disabled'
    allowConfigFileUpdates: true
  }
}

output name string = staticSite.name
output defaultHostname string = staticSite.properties.defaultHostname
