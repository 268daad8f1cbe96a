// Stylesheets imported by Payload's admin modules mean nothing to the tests that import those modules.
export default {}
