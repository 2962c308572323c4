// Lints the project's own TypeScript: generator/, test/, bench/. Generated output and fixtures are data.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "generated/", "node_modules/", "templates/", "test/**/fixtures/", ".tmp/", "examples/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
      // Doc text is untrusted: the sanitizers and the tests that attack them match control characters on purpose.
      "no-control-regex": "off",
      // Comments quote the zero-width space that keeps doc text from closing a JSDoc block.
      "no-irregular-whitespace": ["error", { skipComments: true }],
    },
  },
);
