// With the private network on: a private endpoint for each service the Function App calls, and the
// private DNS zones that make their usual host names resolve to those endpoints inside the network.
param location string
param tags object
param vnetId string
param subnetId string
param dataStorageId string
param hostStorageId string
param keyVaultId string
param serviceBusId string

var storageSuffix = environment().suffixes.storage
var endpoints = [
  { name: 'data-blob', target: dataStorageId, group: 'blob', zone: 'privatelink.blob.${storageSuffix}' }
  { name: 'data-table', target: dataStorageId, group: 'table', zone: 'privatelink.table.${storageSuffix}' }
  { name: 'data-queue', target: dataStorageId, group: 'queue', zone: 'privatelink.queue.${storageSuffix}' }
  { name: 'host-blob', target: hostStorageId, group: 'blob', zone: 'privatelink.blob.${storageSuffix}' }
  { name: 'host-table', target: hostStorageId, group: 'table', zone: 'privatelink.table.${storageSuffix}' }
  { name: 'host-queue', target: hostStorageId, group: 'queue', zone: 'privatelink.queue.${storageSuffix}' }
  { name: 'vault', target: keyVaultId, group: 'vault', zone: 'privatelink.vaultcore.azure.net' }
  { name: 'servicebus', target: serviceBusId, group: 'namespace', zone: 'privatelink.servicebus.windows.net' }
]
var zones = union(map(endpoints, e => e.zone), [])

resource dnsZones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for zone in zones: {
    name: zone
    location: 'global'
    tags: tags
  }
]

resource dnsLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (zone, i) in zones: {
    parent: dnsZones[i]
    name: 'portal'
    location: 'global'
    tags: tags
    properties: { virtualNetwork: { id: vnetId }, registrationEnabled: false }
  }
]

resource privateEndpoints 'Microsoft.Network/privateEndpoints@2025-05-01' = [
  for endpoint in endpoints: {
    name: 'pe-portal-${endpoint.name}'
    location: location
    tags: tags
    properties: {
      subnet: { id: subnetId }
      privateLinkServiceConnections: [
        { name: endpoint.name, properties: { privateLinkServiceId: endpoint.target, groupIds: [endpoint.group] } }
      ]
    }
  }
]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2025-05-01' = [
  for (endpoint, i) in endpoints: {
    parent: privateEndpoints[i]
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [{ name: endpoint.group, properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', endpoint.zone) } }]
    }
    dependsOn: [dnsZones]
  }
]
