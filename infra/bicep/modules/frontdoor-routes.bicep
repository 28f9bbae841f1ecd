// Front Door's routes, once both origins exist: `/api/*` to the Function App (never cached, the
// Authorization header passed on unchanged, so the back office's and scripts' bearer calls work here
// too), everything else to the static site. One origin for the browser: the session cookie is
// SameSite=Strict and the UI calls the API on its own host.
param profileName string
param endpointName string
param customDomainName string
param functionAppHostName string
param staticSiteHostName string

resource profile 'Microsoft.Cdn/profiles@2025-06-01' existing = {
  name: profileName

  resource endpoint 'afdEndpoints' existing = {
    name: endpointName
  }

  resource domain 'customDomains' existing = if (!empty(customDomainName)) {
    name: customDomainName
  }
}

// Each group has one origin, so health probes would only add traffic: Front Door sends to it regardless.
var loadBalancing = { sampleSize: 4, successfulSamplesRequired: 3, additionalLatencyInMilliseconds: 50 }
var customDomains = empty(customDomainName) ? [] : [{ id: profile::domain.id }]

resource apiGroup 'Microsoft.Cdn/profiles/originGroups@2025-06-01' = {
  parent: profile
  name: 'api'
  properties: { loadBalancingSettings: loadBalancing, sessionAffinityState: 'Disabled' }
}

resource apiOrigin 'Microsoft.Cdn/profiles/originGroups/origins@2025-06-01' = {
  parent: apiGroup
  name: 'function-app'
  properties: {
    hostName: functionAppHostName
    originHostHeader: functionAppHostName
    httpsPort: 443
    priority: 1
    weight: 1000
    enforceCertificateNameCheck: true
    enabledState: 'Enabled'
  }
}

resource webGroup 'Microsoft.Cdn/profiles/originGroups@2025-06-01' = {
  parent: profile
  name: 'web'
  properties: { loadBalancingSettings: loadBalancing, sessionAffinityState: 'Disabled' }
}

resource webOrigin 'Microsoft.Cdn/profiles/originGroups/origins@2025-06-01' = {
  parent: webGroup
  name: 'static-site'
  properties: {
    hostName: staticSiteHostName
    originHostHeader: staticSiteHostName
    httpsPort: 443
    priority: 1
    weight: 1000
    enforceCertificateNameCheck: true
    enabledState: 'Enabled'
  }
}

resource apiRoute 'Microsoft.Cdn/profiles/afdEndpoints/routes@2025-06-01' = {
  parent: profile::endpoint
  name: 'api'
  dependsOn: [apiOrigin]
  properties: {
    originGroup: { id: apiGroup.id }
    customDomains: customDomains
    patternsToMatch: ['/api/*']
    supportedProtocols: ['Https']
    httpsRedirect: 'Disabled'
    forwardingProtocol: 'HttpsOnly'
    linkToDefaultDomain: 'Enabled'
    enabledState: 'Enabled'
  }
}

// Routes of one endpoint are deployed one after the other. Nothing is cached at the edge: the static site
// sends its own caching headers, and a stale index.html after a deployment would load scripts that are gone.
resource webRoute 'Microsoft.Cdn/profiles/afdEndpoints/routes@2025-06-01' = {
  parent: profile::endpoint
  name: 'web'
  dependsOn: [webOrigin, apiRoute]
  properties: {
    originGroup: { id: webGroup.id }
    customDomains: customDomains
    patternsToMatch: ['/*']
    supportedProtocols: ['Http', 'Https']
    httpsRedirect: 'Enabled'
    forwardingProtocol: 'HttpsOnly'
    linkToDefaultDomain: 'Enabled'
    enabledState: 'Enabled'
  }
}
