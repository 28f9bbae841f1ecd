// The portal's data: tables, blobs and the queues of queue-triggered functions. Shared keys are off: only Entra
// identities get in. The lists of tables and containers match Portal.Core's StorageNames. The Functions
// host keeps its own state in another account (hoststorage.bicep), so nothing here needs an owner.
param name string
param location string
param tags object
@description('Principal id of the portal\'s identity: it reads and writes tables and blobs, and owns nothing.')
param principalId string
@description('Days each audit anchor stays immutable from its creation: the audit trails\' retention (Retention:AuditTrailDays).')
param auditRetentionDays int
@description('The audit policy is locked: it is left alone (a locked policy can only be extended).')
param auditPolicyLocked bool
@description('Put a delete lock on the account (it stops `azd down` until removed).')
param lockData bool
param workspaceId string
param privateNetwork bool

var tables = ['Terms', 'Accounts', 'Sessions', 'Outbox', 'Audit', 'Registrations', 'Throttle', 'PasswordExpiry', 'LockoutIndex', 'RetentionIndex', 'Clients', 'Billing', 'Permits', 'Reports', 'Reminders', 'Submissions', 'Payments', 'FeedClaims']
var containers = ['terms', 'audit', 'registration-documents', 'backoffice-events', 'invoices', 'permit-documents', 'reports', 'table-exports', 'submission-files', 'submission-documents']
// The queues queue-triggered functions read (StorageNames.TriggerQueues), each with the host's "-poison" queue.
var queues = ['reports', 'reports-poison']
var auditContainer = 'audit'
var roles = {
  blobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // The report queue's trigger reads, hides and deletes messages, and moves the last failed one to its poison queue.
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
}

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    // With the private network, only private endpoints reach the account; without it, Entra identities from anywhere.
    publicNetworkAccess: privateNetwork ? 'Disabled' : 'Enabled'
    networkAcls: { bypass: 'AzureServices', defaultAction: privateNetwork ? 'Deny' : 'Allow' }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: account
  name: 'default'
  // Documents and terms can be brought back: deleted blobs and containers for 30 days, and the state of
  // every block blob at any moment of the last 29 days (point-in-time restore, which needs versioning and
  // the change feed and must end before the soft delete does).
  properties: {
    isVersioningEnabled: true
    changeFeed: { enabled: true, retentionInDays: 35 }
    deleteRetentionPolicy: { enabled: true, days: 30 }
    containerDeleteRetentionPolicy: { enabled: true, days: 30 }
    restorePolicy: { enabled: true, days: 29 }
  }
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [
  for container in containers: {
    parent: blobService
    name: container
    properties: { publicAccess: 'None' }
  }
]

// The audit container is write-once (a time-based retention policy on the container): each anchor blob
// is kept unchanged, undeletable by anyone, for the trails' retention from its creation. The anchors are
// append blobs: protected appends let new lines join, never change or remove one. A container-level policy,
// not version-level WORM: only it documents protected appends, and version-level WORM would rule out the
// point-in-time restore of the other containers (docs/deployment.md).
resource auditPolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2025-06-01' = if (!auditPolicyLocked) {
  parent: blobContainers[indexOf(containers, auditContainer)]
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: auditRetentionDays
    allowProtectedAppendWrites: true
  }
}

// What the portal deletes is gone in the end: with versioning on, a deleted or replaced block blob lives on
// as a previous version, which this rule removes 30 days after it was written; soft delete keeps it 30
// days more, for the restores above. So a deleted document or export is gone within 60 days.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-06-01' = {
  parent: account
  name: 'default'
  // Versions are switched on first.
  dependsOn: [blobService]
  properties: {
    policy: {
      rules: [
        {
          name: 'previous-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'] }
            actions: { version: { delete: { daysAfterCreationGreaterThan: 30 } } }
          }
        }
      ]
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource portalTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = [
  for table in tables: {
    parent: tableService
    name: table
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource portalQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = [
  for queue in queues: {
    parent: queueService
    name: queue
  }
]

// The portal reads and writes its rows and blobs. It owns nothing: it cannot change access or policies,
// and the audit container's policy keeps even it from changing an anchor.
resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(roles): {
    name: guid(account.id, principalId, role.value)
    scope: account
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
    }
  }
]

resource deleteLock 'Microsoft.Authorization/locks@2020-05-01' = if (lockData) {
  name: 'portal-data-cannot-be-deleted'
  scope: account
  properties: {
    level: 'CanNotDelete'
    notes: 'The portal\'s tables, documents and audit trail. Remove this lock on purpose before deleting the account (azd down stops here).'
  }
}

// Category groups (allLogs, audit) need this preview version; no newer one exists.
#disable-next-line use-recent-api-versions
resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-workspace'
  scope: blobService
  properties: {
    workspaceId: workspaceId
    logs: [{ category: 'StorageWrite', enabled: true }, { category: 'StorageDelete', enabled: true }]
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

// Category groups (allLogs, audit) need this preview version; no newer one exists.
#disable-next-line use-recent-api-versions
resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-workspace'
  scope: tableService
  properties: {
    workspaceId: workspaceId
    logs: [{ category: 'StorageWrite', enabled: true }, { category: 'StorageDelete', enabled: true }]
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

output name string = account.name
output id string = account.id
output tableEndpoint string = account.properties.primaryEndpoints.table
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
