// The optional private network: a virtual network the Function App sends its outbound traffic through,
// and a subnet for the private endpoints of storage, Key Vault and Service Bus (privateendpoints.bicep).
param name string
param location string
param tags object

resource vnet 'Microsoft.Network/virtualNetworks@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: { addressPrefixes: ['10.60.0.0/16'] }
    subnets: [
      {
        name: 'functions'
        properties: {
          addressPrefix: '10.60.0.0/24'
          // Flex Consumption integrates through a subnet delegated to Microsoft.App/environments.
          delegations: [{ name: 'flex', properties: { serviceName: 'Microsoft.App/environments' } }]
        }
      }
      {
        name: 'private-endpoints'
        properties: { addressPrefix: '10.60.1.0/24', privateEndpointNetworkPolicies: 'Disabled' }
      }
    ]
  }
}

output id string = vnet.id
output functionsSubnetId string = '${vnet.id}/subnets/functions'
output privateEndpointsSubnetId string = '${vnet.id}/subnets/private-endpoints'
