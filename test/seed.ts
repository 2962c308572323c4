/** The seed page, as the project keeps it in input-docs/. */
import { readFileSync } from "node:fs";

export const SEED_PATH = "input-docs/api/intune-deviceconfig-managedalldevicecertificatestate-update.md";
export const seedText = (): string => readFileSync(SEED_PATH, "utf8");
