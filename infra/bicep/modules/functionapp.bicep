// The Function App on Flex Consumption, .NET 10 isolated worker. Its settings name endpoints and the
// identity to use with them; the Storage and Mail sections are the ones Portal.Core validates at start-up.
param name string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsConnectionString string
param smtpHost string
param smtpPort int
param mailFromAddress string
param publicBaseUrl string
param entraTenantId string
param portalClientId string
param backOfficeClientId string
@secure()
param personalCodeKey string
param serviceBusNamespace string
param backOfficeTopic string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${account.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: 40
        instanceMemoryMB: 2048
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: {
      AzureWebJobsStorage__accountName: account.name
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      Storage__TableServiceUri: account.properties.primaryEndpoints.table
      Storage__BlobServiceUri: account.properties.primaryEndpoints.blob
      Storage__QueueServiceUri: account.properties.primaryEndpoints.queue
      Storage__ManagedIdentityClientId: identityClientId
      Mail__SmtpHost: smtpHost
      Mail__SmtpPort: string(smtpPort)
      Mail__FromAddress: mailFromAddress
      Portal__PublicBaseUrl: publicBaseUrl
      // The Functions host forwards requests to the worker over loopback; the client is in X-Forwarded-For.
      Network__TrustedProxies__0: '127.0.0.1'
      Network__TrustedProxies__1: '::1'
      // Staff and script tokens, validated by Microsoft.Identity.Web; the browser sign-in redeems its
      // code with the identity's token as a federated credential, so no client secret exists.
      AzureAd__Instance: environment().authentication.loginEndpoint
      AzureAd__TenantId: entraTenantId
      AzureAd__ClientId: portalClientId
      StaffIdentity__ManagedIdentityClientId: identityClientId
      StaffIdentity__BackOfficeClientId: backOfficeClientId
      Privacy__PersonalCodeKey: personalCodeKey
      // Back-office events: the outbox dispatcher publishes to this topic with the identity.
      BackOffice__ServiceBusNamespace: serviceBusNamespace
      BackOffice__Destination: backOfficeTopic
    }
  }
}

output id string = site.id
output name string = site.name
