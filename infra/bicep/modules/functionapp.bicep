// The Function App on Flex Consumption, .NET 10 isolated worker. It answers only requests that came
// through the portal's Front Door (its service tag and our profile's X-Azure-FDID); its settings name
// endpoints and the identity to use with them, and take secrets from Key Vault by reference only.
param name string
param location string
param tags object
param identityId string
param identityClientId string
@description('The Functions host\'s own account (keys, leases, the deployment package).')
param hostStorageAccountName string
param deploymentContainerName string
@description('The portal\'s data account.')
param storageAccountName string
param applicationInsightsConnectionString string
param keyVaultName string
param frontDoorId string
param publicBaseUrl string
param smtpHost string
param smtpPort int
param smtpUserName string
param mailFromAddress string
param entraTenantId string
param portalClientId string
param backOfficeClientId string
param serviceBusNamespace string
param backOfficeTopic string
param auditRetentionDays int
@description('Latvija.lv\'s passive WS-Federation endpoint; empty: not offered, and no Vpm__ setting is written.')
param vpmStsUrl string
param vpmRealm string
param vpmReplyUrl string

@description('The banks\' ids: each bank\'s settings (BankLink__Banks__{id}__*) are Key Vault references, banklink-{id}-{setting in lower case}.')
param bankIds array

// Every setting of a bank, merchant ids and the account included, lives in Key Vault; the app settings only point there.
var bankSettingNames = ['DisplayName', 'Url', 'MerchantId', 'BankId', 'PrivateKey', 'BankCertificate', 'Account', 'AccountName', 'Version', 'Digest', 'AnswerWindow', 'SignIn']
var bankSettings = toObject(
  flatten(map(bankIds, id => map(bankSettingNames, name => { name: 'BankLink__Banks__${id}__${name}', secret: 'banklink-${id}-${toLower(name)}' }))),
  setting => setting.name,
  setting => '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${setting.secret})')
param workspaceId string
@description('Subnet the app sends its outbound traffic through (the private network); empty: none.')
param subnetId string

resource hostStorage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: hostStorageAccountName
}

resource data 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
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
    // Key Vault references in the settings are resolved with the portal's identity.
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: empty(subnetId) ? null : subnetId
    siteConfig: {
      minTlsVersion: '1.2'
      http20Enabled: true
      // Only our Front Door: its addresses, and the id of our profile (another profile has another id).
      ipSecurityRestrictionsDefaultAction: 'Deny'
      ipSecurityRestrictions: [
        {
          name: 'portal-front-door'
          action: 'Allow'
          priority: 100
          tag: 'ServiceTag'
          ipAddress: 'AzureFrontDoor.Backend'
          headers: { 'x-azure-fdid': [frontDoorId] }
        }
      ]
      // Deployment (azd) reaches the management site with an Entra token; basic credentials are off below.
      scmIpSecurityRestrictionsUseMain: false
      scmIpSecurityRestrictionsDefaultAction: 'Allow'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostStorage.properties.primaryEndpoints.blob}${deploymentContainerName}'
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

  resource ftp 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: { allow: false }
  }

  resource scm 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: { allow: false }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: union({
      AzureWebJobsStorage__accountName: hostStorage.name
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      Storage__TableServiceUri: data.properties.primaryEndpoints.table
      Storage__BlobServiceUri: data.properties.primaryEndpoints.blob
      Storage__QueueServiceUri: data.properties.primaryEndpoints.queue
      Storage__ManagedIdentityClientId: identityClientId
      // The report queue's trigger (Connection "Storage") reads Storage__queueServiceUri above with this identity.
      Storage__credential: 'managedidentity'
      Storage__clientId: identityClientId
      Mail__SmtpHost: smtpHost
      Mail__SmtpPort: string(smtpPort)
      Mail__FromAddress: mailFromAddress
      // Links in emails and the staff sign-in's redirect URI: the address the deployment gives browsers.
      Portal__PublicBaseUrl: publicBaseUrl
      // The Functions host forwards requests to the worker over loopback; behind our Front Door (its id
      // matching) the client is the front door's X-Azure-SocketIP.
      Network__TrustedProxies__0: '127.0.0.1'
      Network__TrustedProxies__1: '::1'
      Network__FrontDoorId: frontDoorId
      // Staff and script tokens, validated by Microsoft.Identity.Web; the browser sign-in redeems its
      // code with the identity's token as a federated credential, so no client secret exists.
      AzureAd__Instance: environment().authentication.loginEndpoint
      AzureAd__TenantId: entraTenantId
      AzureAd__ClientId: portalClientId
      StaffIdentity__ManagedIdentityClientId: identityClientId
      StaffIdentity__BackOfficeClientId: backOfficeClientId
      // Made once by the post-provision hook; the setting holds a reference, never the key.
      Privacy__PersonalCodeKey: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=personal-code-key)'
      Retention__AuditTrailDays: string(auditRetentionDays)
      // Back-office events: the outbox dispatcher publishes to this topic with the identity.
      BackOffice__ServiceBusNamespace: serviceBusNamespace
      BackOffice__Destination: backOfficeTopic
    }, empty(smtpUserName) ? {} : {
      // A relay that wants a sign-in: the user name here, its password in Key Vault (the hook prints how to set it).
      Mail__UserName: smtpUserName
      Mail__Password: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=smtp-password)'
    }, empty(vpmStsUrl) ? {} : {
      // Latvija.lv as registered at VDAA; VPM's signing certificate (public) from Key Vault, the one key answers are checked against.
      Vpm__StsUrl: vpmStsUrl
      Vpm__Realm: vpmRealm
      Vpm__ReplyUrl: vpmReplyUrl
      Vpm__SigningCertificate: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=vpm-signing-certificate)'
    }, bankSettings)
  }
}

// Category groups (allLogs, audit) need this preview version; no newer one exists.
#disable-next-line use-recent-api-versions
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-workspace'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output id string = site.id
output name string = site.name
output defaultHostName string = site.properties.defaultHostName
