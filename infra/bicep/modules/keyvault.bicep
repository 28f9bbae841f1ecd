// The portal's secrets: the personal-code HMAC key (made once by the post-provision hook, never by this
// template, so a new deployment cannot replace it) and the SMTP password when the relay needs one. Access by
// RBAC only; purge protection, so a deleted secret can be recovered and not destroyed early.
param name string
param location string
param tags object
@description('Principal id of the portal\'s identity: it reads secrets (app settings reference them).')
param readerPrincipalId string
@description('Principal id of whoever runs azd (a user, or a pipeline\'s service principal): the hook writes the key once.')
param deployerPrincipalId string
param deployerPrincipalType string
@description('With the private network, the one public address admitted: the hook\'s, to write the key.')
param deployerIpAddress string
param workspaceId string
param privateNetwork bool

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    // With the private network the app comes through its private endpoint; from outside only the deployer's address, for the hook.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: privateNetwork ? 'Deny' : 'Allow'
      ipRules: privateNetwork && !empty(deployerIpAddress) ? [{ value: deployerIpAddress }] : []
    }
  }
}

resource readerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUser)
  scope: vault
  properties: {
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
  }
}

resource deployerAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, secretsOfficer)
  scope: vault
  properties: {
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficer)
  }
}

// Category groups (allLogs, audit) need this preview version; no newer one exists.
#disable-next-line use-recent-api-versions
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-workspace'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'audit', enabled: true }]
  }
}

output name string = vault.name
output id string = vault.id
output uri string = vault.properties.vaultUri
