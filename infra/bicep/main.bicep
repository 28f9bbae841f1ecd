// The client portal on Azure: storage, the Function App (Flex Consumption, .NET 10 isolated) with a
// user-assigned identity and the roles it needs, monitoring, and the Static Web App in front of it.
// Nothing here holds a key or a connection string: every service is reached with the identity.
targetScope = 'resourceGroup'

@description('Short name of the environment (azd sets it): dev, test, prod.')
@minLength(2)
@maxLength(12)
param environmentName string

@description('Region for every resource but the Static Web App.')
param location string = resourceGroup().location

@description('Region of the Static Web App (offered in fewer regions).')
@allowed(['westeurope', 'northeurope', 'centralus', 'eastus2', 'westus2', 'eastasia'])
param staticWebAppLocation string = 'westeurope'

@description('SMTP relay the portal sends its emails through.')
param smtpHost string

@description('SMTP port of the relay.')
param smtpPort int = 587

@description('The address users reach the portal at; links in emails point there.')
param publicBaseUrl string = 'https://www.radioatlaujas.lv/'

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

@description('HMAC key (base64, 32 bytes or more) under which personal codes appear in indexes. Keep it: changing it orphans the indexes.')
@secure()
param personalCodeKey string

var suffix = uniqueString(subscription().id, resourceGroup().id, environmentName)
var tags = { 'azd-env-name': environmentName, product: 'client-portal' }

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: 'id-portal-${environmentName}', location: location, tags: tags }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: { name: 'stportal${suffix}', location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { environmentName: environmentName, location: location, tags: tags }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    principalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'servicebus'
  params: {
    name: 'sb-portal-${environmentName}-${suffix}'
    location: location
    tags: tags
    senderPrincipalId: identity.outputs.principalId
    receiverPrincipalId: backOfficePrincipalId
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  dependsOn: [roles]
  params: {
    name: 'func-portal-${environmentName}-${suffix}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    smtpHost: smtpHost
    smtpPort: smtpPort
    mailFromAddress: mailFromAddress
    publicBaseUrl: publicBaseUrl
    entraTenantId: entraTenantId
    portalClientId: portalClientId
    backOfficeClientId: backOfficeClientId
    personalCodeKey: personalCodeKey
    serviceBusNamespace: serviceBus.outputs.fullyQualifiedNamespace
    backOfficeTopic: serviceBus.outputs.topicName
  }
}

module staticWebApp 'modules/staticwebapp.bicep' = {
  name: 'staticwebapp'
  params: {
    name: 'stapp-portal-${environmentName}-${suffix}'
    location: staticWebAppLocation
    tags: tags
    functionAppId: functionApp.outputs.id
    functionAppLocation: location
  }
}

output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_STATIC_WEB_APP_NAME string = staticWebApp.outputs.name
output PORTAL_URL string = 'https://${staticWebApp.outputs.defaultHostname}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output BACKOFFICE_EVENTS_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace
output BACKOFFICE_EVENTS_TOPIC string = serviceBus.outputs.topicName
output BACKOFFICE_EVENTS_SUBSCRIPTION string = serviceBus.outputs.subscriptionName
