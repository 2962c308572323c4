/**
 * Corpus regression: builds the v1.0 (2021-07) model from the shared docs corpus and checks structural facts that
 * were verified by hand against the pages (no oracle data here). Skips when the corpus is absent.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModel } from "../../generator/index.js";
import type { Model, StructuredType } from "../../generator/model/types.js";

const CORPUS = process.env.DOCS2TS_CORPUS ?? "../shared/corpus";
const V1 = join(CORPUS, "graph-docs-2021-07", "v1.0");
const present = existsSync(join(V1, "resources")) && existsSync(join(V1, "api"));

if (!present) console.log(`corpus-score: skipped, no docs corpus at ${V1} (set DOCS2TS_CORPUS)`);

describe.skipIf(!present)("v1.0 corpus model", () => {
  let model: Model;
  const type = (qualified: string): StructuredType => {
    const t = model.types.find((x) => `${x.namespace}.${x.name}`.toLowerCase() === qualified.toLowerCase());
    if (!t) throw new Error(`no type ${qualified}`);
    return t;
  };

  beforeAll(async () => {
    model = await loadModel({ input: [join(V1, "api"), join(V1, "resources")] });
  }, 600_000);

  it("reads the entity root and the directory chain", () => {
    expect(type("microsoft.graph.entity")).toMatchObject({ kind: "entity", abstract: true, key: ["id"] });
    expect(type("microsoft.graph.directoryObject")).toMatchObject({ kind: "entity", baseType: "microsoft.graph.entity" });
    expect(type("microsoft.graph.user")).toMatchObject({ kind: "entity", baseType: "microsoft.graph.directoryObject" });
    expect(type("microsoft.graph.user").key).toBeUndefined();
  });

  it("reconciles an annotation base with a more derived prose base (orgContact: entity vs directoryObject)", () => {
    expect(type("microsoft.graph.orgContact").baseType).toBe("microsoft.graph.directoryObject");
  });

  it("reads bases from the base's own list of derived types and from link-only prose", () => {
    expect(type("microsoft.graph.educationFeedbackOutcome").baseType).toBe("microsoft.graph.educationOutcome");
    expect(type("microsoft.graph.acceptJoinResponse").baseType).toBe("microsoft.graph.participantJoiningResponse");
    // "Inherits from [Conditional Access Session Control](conditionalaccesssessioncontrol.md)".
    expect(type("microsoft.graph.persistentBrowserSessionControl").baseType).toBe("microsoft.graph.conditionalAccessSessionControl");
  });

  it("merges the Intune deviceManagement type from its many pages", () => {
    const dm = type("microsoft.graph.deviceManagement");
    expect(dm.kind).toBe("entity");
    expect(dm.sources.length).toBeGreaterThanOrEqual(16);
    expect(dm.navigationProperties.length).toBeGreaterThan(20);
  });

  it("makes Intune value-typed properties non-nullable", () => {
    const w = type("microsoft.graph.windows10GeneralConfiguration");
    expect(w.baseType).toBe("microsoft.graph.deviceConfiguration");
    const booleans = w.properties.filter((p) => p.type.type === "Edm.Boolean");
    expect(booleans.length).toBeGreaterThan(100);
    expect(booleans.every((p) => !p.nullable)).toBe(true);
  });

  it("keeps same-named types of two namespaces apart", () => {
    expect(type("microsoft.graph.callRecords.mediaStream").properties.length).toBeGreaterThan(20);
    expect(type("microsoft.graph.mediaStream").properties.length).toBeLessThan(10);
    expect(type("microsoft.graph.callRecords.callRecord").kind).toBe("entity");
    const modality = model.enums.filter((e) => e.name === "modality").map((e) => e.namespace);
    expect(modality.sort()).toEqual(["microsoft.graph", "microsoft.graph.callRecords"]);
  });

  it("decides entity vs complex from relationships and property use", () => {
    // driveItem's Relationships row `analytics` points at itemAnalytics.
    expect(type("microsoft.graph.itemAnalytics").kind).toBe("entity");
    // user.mailboxSettings is a Properties row.
    expect(type("microsoft.graph.mailboxSettings").kind).toBe("complex");
  });

  it("types String rows by the enum their listed values name, and keeps String where the page says so", () => {
    const prop = (t: string, name: string) => type(t).properties.find((p) => p.name === name);
    // "Possible values are: `sharedSecret`, `unknownFutureValue`." (enums.md: workforceIntegrationEncryptionProtocol)
    expect(prop("microsoft.graph.workforceIntegrationEncryption", "protocol")?.type.type).toBe(
      "microsoft.graph.workforceIntegrationEncryptionProtocol",
    );
    // "Possible values are: `tentativelyAccepted`, `accepted`, `declined`." (a subset of responseType)
    expect(prop("microsoft.graph.eventMessageResponse", "responseType")?.type.type).toBe("microsoft.graph.responseType");
    // "Multiple values can be combined using a comma-separated list."
    expect(prop("microsoft.graph.subscription", "changeType")?.type.type).toBe("Edm.String");
    // The values table sits on application.md itself, whose Type column says String.
    expect(prop("microsoft.graph.application", "signInAudience")?.type.type).toBe("Edm.String");
  });

  it("keeps the $filter operators the prose names", () => {
    const upn = type("microsoft.graph.user").properties.find((p) => p.name === "userPrincipalName");
    expect(upn?.filterOperators).toEqual(expect.arrayContaining(["eq", "startswith"]));
  });
});
