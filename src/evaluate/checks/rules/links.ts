/** Microsoft Learn pages that the rules of more than one section cite. Data only. */

/** The source article: "Secure an Azure Machine Learning inferencing environment with virtual networks". */
export const ARTICLE_URL =
  'https://learn.microsoft.com/azure/machine-learning/how-to-secure-inferencing-vnet'

/** Managed virtual network isolation: isolation modes, outbound rules, provisioning (also cited by MOE). */
export const MANAGED_NETWORK_DOC =
  'https://learn.microsoft.com/azure/machine-learning/how-to-managed-network'
