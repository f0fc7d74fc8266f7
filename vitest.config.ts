import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests that spawn bin/summits need a fresh bundle.
    globalSetup: ["test/build-setup.ts"],
    // A private TMPDIR per test file, checked empty when the file is done.
    setupFiles: ["test/temp-setup.ts"],
    testTimeout: 60_000,
  },
});
