// Mantine's PostCSS preset (mixins, rem()); needed by any CSS module that uses Mantine helpers.
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
