// `npm install` on the oldest Node the README names prints no engine warning: every installed
// package accepts it.
import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

describe("engines", () => {
  it("every locked package runs on the oldest Node the portal supports", () => {
    const oldest = semver.minVersion(readJson("package.json").engines.node)!.version;
    expect(oldest).toBe("20.19.0");
    const lock = readJson("package-lock.json") as { packages: Record<string, { engines?: { node?: string } }> };
    const refusing = Object.entries(lock.packages)
      .filter(([, entry]) => typeof entry.engines?.node === "string")
      .filter(([, entry]) => !semver.satisfies(oldest, entry.engines!.node!))
      .map(([name, entry]) => `${name.replace(/^.*node_modules\//, "")} wants Node ${entry.engines!.node}`);
    expect(refusing).toEqual([]);
  });
});
