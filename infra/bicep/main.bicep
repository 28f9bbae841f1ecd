// The client portal on Azure, in a resource group of its own: Front Door as the one public origin
// (`/api/*` to the Function App, the rest to the static site), the Function App (Flex Consumption, .NET
// 10 isolated) reachable only through it, the portal's data and the Functions host's state in two storage
// accounts, secrets in Key Vault, events to the back office through Service Bus, logs, alerts, and on
// request a private network. Nothing here holds a key or a connection string: every service is reached
// with the portal's user-assigned identity. docs/deployment.md explains each decision.
targetScope = 'subscription'

@description('Short name of the environment (azd sets it): dev, test, prod.')
@minLength(2)
@maxLength(12)
param environmentName string

// European regions that offer the Flex Consumption plan (az functionapp list-flexconsumption-locations);
// the pre-provision hook checks the chosen one against that live list before anything is made.
@description('Region of every regional resource.')
@allowed([
  'northeurope'
  'westeurope'
  'swedencentral'
  'germanywestcentral'
  'francecentral'
  'italynorth'
  'polandcentral'
  'spaincentral'
  'norwayeast'
  'uksouth'
])
param location string

@description('The resource group to create (default rg-portal-<environment>).')
param resourceGroupName string = ''

@description('Region of the Static Web App (offered in fewer regions).')
@allowed(['westeurope', 'centralus', 'eastus2', 'westus2', 'eastasia'])
param staticWebAppLocation string = 'westeurope'

@description('Object id of whoever runs azd: it may write Key Vault secrets (the hook makes the personal-code key once).')
param principalId string = ''

@description('Type of that principal: a person, or a pipeline\'s service principal.')
@allowed(['User', 'ServicePrincipal'])
param principalType string = 'User'

@description('Host name browsers use, such as portals.radioatlaujas.lv; empty: Front Door\'s own azurefd.net host name.')
param customDomain string = ''

@description('SMTP relay the portal sends its emails through.')
param smtpHost string

@description('SMTP port of the relay (STARTTLS required).')
param smtpPort int = 587

@description('User name at the relay, if it wants a sign-in; its password goes to Key Vault as smtp-password.')
param smtpUserName string = ''

@description('Address the portal sends its emails from.')
param mailFromAddress string = 'portals@radioatlaujas.lv'

@description('Tenant of the Microsoft Entra ID that signs ES staff and back-office tokens in.')
param entraTenantId string = tenant().tenantId

@description('Client id of the portal\'s app registration (app roles Staff.Operator, Staff.Admin, BackOffice.Write; a federated credential for the user-assigned identity).')
param portalClientId string

@description('Client id of the back office\'s own app registration: only its access tokens may write through the feed (empty: none may).')
param backOfficeClientId string = ''

@description('Object id of the back office\'s service principal: it may receive events from the topic\'s subscription (empty: assign the role later).')
param backOfficePrincipalId string = ''

@description('Email address alerts are sent to.')
param alertEmail string

@description('Latvija.lv (VPM): the passive WS-Federation endpoint VDAA gives. Empty: the portal does not offer Latvija.lv. Set it only once VPM\'s signing certificate is in Key Vault as vpm-signing-certificate: start-up fails without it.')
param vpmStsUrl string = ''

@description('Latvija.lv (VPM): our realm as registered at VDAA (the audience every assertion must name); empty: the public address.')
param vpmRealm string = ''

@description('Banks the portal takes payments through (and, where one offers it, entry from its site): their ids, comma-separated (e.g. swedbank,seb). Each bank\'s twelve settings are Key Vault secrets banklink-{id}-{setting} (README, "Connecting a bank"); put them there first: start-up fails on a missing one.')
param bankIds string = ''

@description('Days audit records and their anchors are kept from the end of their year; the anchors are immutable that long.')
@minValue(365)
@maxValue(7300)
param auditRetentionDays int = 3653

@description('A delete lock on the data account (creating it needs Owner or User Access Administrator). It stops `azd down`: remove it on purpose first (docs/deployment.md).')
param lockData bool = true

@description('The audit container\'s retention policy has been locked (irreversible): the template then leaves it alone, since a locked policy can only be extended.')
param auditPolicyLocked bool = false

@description('With the private network: the address the hook reaches Key Vault from (the vault admits no other public address).')
param deployerIpAddress string = ''

@description('Private endpoints for storage, Key Vault and Service Bus (Premium), and the Function App\'s outbound traffic through a virtual network.')
param privateNetwork bool = false

var groupName = empty(resourceGroupName) ? 'rg-portal-${environmentName}' : resourceGroupName
var suffix = uniqueString(subscription().id, groupName, environmentName)
var tags = { 'azd-env-name': environmentName, product: 'client-portal' }

resource group 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: groupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: group
  params: { name: 'id-portal-${environmentName}', location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: { environmentName: environmentName, location: location, tags: tags, principalId: identity.outputs.principalId }
}

module network 'modules/network.bicep' = if (privateNetwork) {
  name: 'network'
  scope: group
  params: { name: 'vnet-portal-${environmentName}', location: location, tags: tags }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: group
  params: {
    name: 'stportal${suffix}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    auditRetentionDays: auditRetentionDays
    auditPolicyLocked: auditPolicyLocked
    lockData: lockData
    workspaceId: monitoring.outputs.workspaceId
    privateNetwork: privateNetwork
  }
}

module hostStorage 'modules/hoststorage.bicep' = {
  name: 'hoststorage'
  scope: group
  params: { name: 'sthost${suffix}', location: location, tags: tags, principalId: identity.outputs.principalId, privateNetwork: privateNetwork }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: group
  params: {
    name: 'kv-portal-${take(suffix, 13)}'
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
    deployerIpAddress: deployerIpAddress
    workspaceId: monitoring.outputs.workspaceId
    privateNetwork: privateNetwork
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'servicebus'
  scope: group
  params: {
    name: 'sb-portal-${environmentName}-${suffix}'
    location: location
    tags: tags
    senderPrincipalId: identity.outputs.principalId
    receiverPrincipalId: backOfficePrincipalId
    workspaceId: monitoring.outputs.workspaceId
    privateNetwork: privateNetwork
  }
}

module privateEndpoints 'modules/privateendpoints.bicep' = if (privateNetwork) {
  name: 'privateendpoints'
  scope: group
  params: {
    location: location
    tags: tags
    vnetId: network!.outputs.id
    subnetId: network!.outputs.privateEndpointsSubnetId
    dataStorageId: storage.outputs.id
    hostStorageId: hostStorage.outputs.id
    keyVaultId: keyVault.outputs.id
    serviceBusId: serviceBus.outputs.id
  }
}

module frontDoor 'modules/frontdoor.bicep' = {
  name: 'frontdoor'
  scope: group
  params: { name: 'afd-portal-${environmentName}-${suffix}', tags: tags, customDomain: customDomain, workspaceId: monitoring.outputs.workspaceId }
}

// The address links in emails and the staff sign-in's redirect URI point at.
var publicBaseUrl = 'https://${frontDoor.outputs.hostName}/'

// What VDAA registers for Latvija.lv: our realm and the address VPM's page posts its answer to.
var vpmRealmOrAddress = empty(vpmRealm) ? publicBaseUrl : vpmRealm
var vpmReplyUrl = '${publicBaseUrl}api/auth/vpm/callback'

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: group
  dependsOn: [privateEndpoints]
  params: {
    name: 'func-portal-${environmentName}-${suffix}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    hostStorageAccountName: hostStorage.outputs.name
    deploymentContainerName: hostStorage.outputs.deploymentContainerName
    storageAccountName: storage.outputs.name
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    keyVaultName: keyVault.outputs.name
    frontDoorId: frontDoor.outputs.frontDoorId
    publicBaseUrl: publicBaseUrl
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUserName: smtpUserName
    mailFromAddress: mailFromAddress
    entraTenantId: entraTenantId
    portalClientId: portalClientId
    backOfficeClientId: backOfficeClientId
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    backOfficeTopic: serviceBus.outputs.topicName
    auditRetentionDays: auditRetentionDays
    vpmStsUrl: vpmStsUrl
    vpmRealm: vpmRealmOrAddress
    vpmReplyUrl: vpmReplyUrl
    bankIds: empty(bankIds) ? [] : map(split(bankIds, ','), id => trim(id))
    workspaceId: monitoring.outputs.workspaceId
    subnetId: privateNetwork ? network!.outputs.functionsSubnetId : ''
  }
}

module staticWebApp 'modules/staticwebapp.bicep' = {
  name: 'staticwebapp'
  scope: group
  params: { name: 'stapp-portal-${environmentName}-${suffix}', location: staticWebAppLocation, tags: tags }
}

module frontDoorRoutes 'modules/frontdoor-routes.bicep' = {
  name: 'frontdoor-routes'
  scope: group
  params: {
    profileName: frontDoor.outputs.profileName
    endpointName: frontDoor.outputs.endpointName
    customDomainName: frontDoor.outputs.customDomainName
    functionAppHostName: functionApp.outputs.defaultHostName
    staticSiteHostName: staticWebApp.outputs.defaultHostname
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  scope: group
  params: {
    environmentName: environmentName
    location: location
    tags: tags
    alertEmail: alertEmail
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    serviceBusNamespaceId: serviceBus.outputs.id
    publicBaseUrl: publicBaseUrl
  }
}

output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_STATIC_WEB_APP_NAME string = staticWebApp.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_FRONT_DOOR_ID string = frontDoor.outputs.frontDoorId
output PORTAL_URL string = publicBaseUrl
// What the portal's app registration in Entra ID needs (the post-provision hook prints it as steps).
output PORTAL_STAFF_REDIRECT_URI string = '${publicBaseUrl}api/staff/auth/callback'
output PORTAL_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output PORTAL_FEDERATED_CREDENTIAL_ISSUER string = '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
output PORTAL_FEDERATED_CREDENTIAL_SUBJECT string = identity.outputs.principalId
// With a custom domain: the DNS records that prove and route it.
output PORTAL_CUSTOM_DOMAIN string = customDomain
output PORTAL_CUSTOM_DOMAIN_VALIDATION_TOKEN string = frontDoor.outputs.customDomainValidationToken
output FRONT_DOOR_ENDPOINT_HOST string = frontDoor.outputs.endpointHostName
output BACKOFFICE_EVENTS_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace
output BACKOFFICE_EVENTS_TOPIC string = serviceBus.outputs.topicName
output BACKOFFICE_EVENTS_SUBSCRIPTION string = serviceBus.outputs.subscriptionName
// Latvija.lv: what VDAA registers (the post-provision hook prints it).
output VPM_REALM string = vpmRealmOrAddress
output VPM_REPLY_URL string = vpmReplyUrl
