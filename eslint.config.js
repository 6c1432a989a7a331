import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "public/build/", "node_modules/", ".cache/", ".data/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": ["error", { ignoreRestArgs: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // No line over 120 characters (Prettier's printWidth), whatever the line holds: code, comments, strings or SQL.
    files: ["**/*.{ts,tsx,js}"],
    rules: { "max-len": ["error", { code: 120, ignoreUrls: true }] },
  },
  {
    // A file past 400 lines mixes jobs (reads, commands, presentation): split it by the capability's shape.
    files: ["app/**/*.{ts,tsx}"],
    rules: { "max-lines": ["error", { max: 400 }] },
  },
  {
    // Schemas live in `.server.ts` files: zod imported by a route or a UI module reaches the browser (+50 KB).
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.server.ts", "app/routes/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "zod", message: "Import zod in a .server.ts module: here it reaches the browser." }] },
      ],
    },
  },
  {
    // A row lock to take turns must not block inserts that reference the row (a delivery, an audit
    // entry): FOR UPDATE does, and a command and a job deadlocked on it. FOR NO KEY UPDATE does not.
    files: ["app/**/*.{ts,tsx}", "scripts/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='forUpdate']",
          message: "Use forNoKeyUpdate(): FOR UPDATE also blocks rows that reference this one.",
        },
      ],
    },
  },
  {
    // Tool configuration that must stay CommonJS (package.json says "type": "module").
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } },
  },
  {
    // Migrations are frozen against Kysely<any> by design.
    files: ["db/migrations/**", "db/migrate.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
