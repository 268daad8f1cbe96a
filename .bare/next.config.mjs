export default { turbopack: { root: '/work/main' } }
