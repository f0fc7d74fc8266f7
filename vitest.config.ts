import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Tests that spawn bin/summits need a fresh bundle.
    globalSetup: ["test/build-setup.ts"],
    // A private TMPDIR per test file, checked empty when the file is done.
    setupFiles: ["test/temp-setup.ts"],
    // Timeouts only catch a hang; no verdict may depend on how busy the machine is, so they are far above
    // what any test takes on two loaded cores (the slowest takes ~10 s on two quiet ones).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
