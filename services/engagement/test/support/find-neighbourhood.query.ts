/** The postcode search as the portal sends it. */
export const FIND = `query($postcode: String!) {
  findNeighbourhood(postcode: $postcode) {
    __typename
    ... on PostcodeMatch { postcode neighbourhood { slug } }
    ... on PostcodeNotFound { postcode lookupUnavailable }
    ... on InvalidPostcode { reason }
  }
}`;
