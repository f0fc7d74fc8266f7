import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests that spawn bin/summits need a fresh bundle.
    globalSetup: ["test/build-setup.ts"],
    testTimeout: 60_000,
  },
});
