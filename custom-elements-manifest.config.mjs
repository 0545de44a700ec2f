export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/core/locales/**'],
  outdir: 'dist',
  litelement: true,
};
