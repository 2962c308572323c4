import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../generator/diagnostics/diagnostic.js";
import { buildModel } from "../../../generator/model/build.js";
import { buildEndpoints } from "../../../generator/model/endpoints/resolve.js";
import { endpointDrafts, type EndpointDraft } from "../../../generator/model/endpoints/drafts.js";
import { addNavigationAndDerive } from "../../../generator/model/endpoints/settle.js";
import { deriveOperations } from "../../../generator/model/endpoints/operations.js";
import { buildTypes, collectTypeDrafts } from "../../../generator/model/structured/resource-types.js";
import { keyOf, TypeIndex } from "../../../generator/model/type-index.js";
import type { PageFacts } from "../../../generator/parse/facts.js";
import type { Model, StructuredType } from "../../../generator/model/types.js";
import { parsePage } from "../../../generator/parse/page.js";

const PROPS = "|Property|Type|Description|\n|:---|:---|:---|\n";

function resource(name: string, rows: string, relationships = ""): string {
  const rel = relationships ? `\n## Relationships\n\n|Relationship|Type|Description|\n|:---|:---|:---|\n${relationships}` : "";
  return `# ${name} resource type\n\n## Properties\n\n${PROPS}|id|String|The id. Read-only.|\n${rows}${rel}\n## JSON representation\n\n<!-- { "blockType": "resource", "keyProperty": "id", "@odata.type": "microsoft.graph.${name}" } -->\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`;
}

function api(title: string, method: string, paths: string[], response: string): string {
  return `# ${title}\n\n## HTTP request\n\n\`\`\`http\n${paths.map((p) => `${method} ${p}`).join("\n")}\n\`\`\`\n\n## Response\n\nIf successful, this method returns a \`${method === "POST" ? "201 Created" : "200 OK"}\` response code and ${response} in the response body.\n`;
}

const PAGES: Record<string, string> = {
  "resources/user.md": resource("user", "|displayName|String|The name.|\n", "|photo|[photo](photo.md)|The photo.|\n"),
  "resources/team.md": resource("team", "|displayName|String|The name.|\n"),
  "resources/photo.md": resource("photo", "|height|Int32|Height.|\n"),
  "resources/presence.md": resource("presence", "|availability|String|Availability.|\n"),
  "resources/schedule.md": resource("schedule", "", "|openshifts|[openShift](openshift.md) collection|Open shifts.|\n"),
  "resources/openshift.md": resource("openShift", "|note|String|A note.|\n"),
  "api/user-get.md": api("Get user", "GET", ["/users/{id}", "/me"], "a [user](../resources/user.md) object"),
  "api/user-list-joinedteams.md": api(
    "List joinedTeams",
    "GET",
    ["/me/joinedTeams", "/users/{id}/joinedTeams"],
    "a collection of [team](../resources/team.md) objects",
  ),
  "api/presence-get.md": api(
    "Get presence",
    "GET",
    ["/me/presence", "/users/{id}/presence"],
    "a [presence](../resources/presence.md) object",
  ),
  "api/photo-get.md": api("Get photo", "GET", ["/me/photos/{size}"], "a [photo](../resources/photo.md) object"),
  "api/user-recent.md": api("List recent teams", "GET", ["/me/recent"], "a collection of [team](../resources/team.md) objects"),
  "api/user-archive.md": api("Archive team", "POST", ["/users/{id}/archive"], "a [team](../resources/team.md) object"),
  "api/user-getteams.md": api("Get teams", "GET", ["/users/{id}/getTeamsSummary"], "a collection of [team](../resources/team.md) objects"),
  "api/schedule-get.md": api("Get schedule", "GET", ["/schedules/{id}"], "a [schedule](../resources/schedule.md) object"),
  "api/openshift-list.md": api(
    "List openShifts",
    "GET",
    ["/schedules/{id}/openShifts"],
    "a collection of [openShift](../resources/openshift.md) objects",
  ),
};

function build(pages: Record<string, string>): Model {
  return buildModel(Object.entries(pages).map(([file, text]) => parsePage(file, text)));
}

const model = build(PAGES);

function type(name: string): StructuredType {
  const t = model.types.find((x) => x.name === name);
  if (!t) throw new Error(`no type ${name}`);
  return t;
}

describe("navigation properties from request paths", () => {
  it("reads a listed segment below an addressed entity as a collection navigation property", () => {
    expect(type("user").navigationProperties.find((n) => n.name === "joinedTeams")).toMatchObject({
      type: { type: "microsoft.graph.team", collection: true },
    });
  });

  it("reads a get without key as a single navigation property, and a get by key as a collection", () => {
    expect(type("user").navigationProperties.find((n) => n.name === "presence")?.type).toEqual({
      type: "microsoft.graph.presence",
      collection: false,
    });
    expect(type("user").navigationProperties.find((n) => n.name === "photos")?.type).toEqual({
      type: "microsoft.graph.photo",
      collection: true,
    });
  });

  it("does not read adjectives, verbs or get-prefixed names as navigation properties", () => {
    const names = type("user").navigationProperties.map((n) => n.name);
    expect(names).not.toContain("recent");
    expect(names).not.toContain("archive");
    expect(names).not.toContain("getTeamsSummary");
  });

  it("says where each member was found", () => {
    const found = model.diagnostics
      .filter((d) => d.code === "navigation-from-path")
      .map((d) => `${d.location.file}: ${d.message.split(" ")[0]}`);
    expect(found).toContain('api/user-list-joinedteams.md: "joinedTeams"');
  });

  it("gives an all-lower-case table row the camelCase spelling of the paths", () => {
    expect(type("schedule").navigationProperties.map((n) => n.name)).toEqual(["openShifts"]);
    expect(model.diagnostics.some((d) => d.code === "property-name-case" && d.location.file === "resources/schedule.md")).toBe(true);
  });

  it("adds nothing when the member is documented", () => {
    const m = build({
      ...PAGES,
      "resources/user.md": resource("user", "", "|joinedTeams|[team](team.md) collection|Teams.|\n|photo|[photo](photo.md)|The photo.|\n"),
    });
    const user = m.types.find((t) => t.name === "user");
    expect(user?.navigationProperties.filter((n) => n.name.toLowerCase() === "joinedteams")).toHaveLength(1);
    expect(m.diagnostics.some((d) => d.code === "navigation-from-path" && d.message.startsWith('"joinedTeams"'))).toBe(false);
  });

  it("reads a segment whose words are plurals of the target's (`dailyPhotoSummariesByUser` lists photoSummaryByUser)", () => {
    const pages = {
      ...PAGES,
      "resources/photosummarybyuser.md": resource("photoSummaryByUser", "|count|Int32|Count.|\n"),
      "api/user-list-summaries.md": api(
        "List summaries",
        "GET",
        ["/me/dailyPhotoSummariesByUser"],
        "a collection of [photoSummaryByUser](../resources/photosummarybyuser.md) objects",
      ),
    };
    const user = build(pages).types.find((t) => t.name === "user");
    expect(user?.navigationProperties.find((n) => n.name === "dailyPhotoSummariesByUser")?.type).toEqual({
      type: "microsoft.graph.photoSummaryByUser",
      collection: true,
    });
  });

  // `/me/analytics/activityStatistics`: analytics is walked through, not listed; userAnalytics has the next segment.
  const THROUGH: Record<string, string> = {
    ...PAGES,
    "resources/useranalytics.md": resource("userAnalytics", "", "|activityStatistics|[photo](photo.md) collection|Statistics.|\n"),
    "api/analytics-list-statistics.md": api(
      "List activityStatistics",
      "GET",
      ["/me/analytics/activityStatistics"],
      "a collection of [photo](../resources/photo.md) objects",
    ),
  };

  it("reads a segment a path walks through as a single navigation property to the one type named like it that has the next segment", () => {
    const user = build(THROUGH).types.find((t) => t.name === "user");
    expect(user?.navigationProperties.find((n) => n.name === "analytics")?.type).toEqual({
      type: "microsoft.graph.userAnalytics",
      collection: false,
    });
  });

  it("does not read a walked-through segment when a member of the owner already leads to that type", () => {
    const pages = {
      ...THROUGH,
      "resources/user.md": resource("user", "", "|analyticsSets|[userAnalytics](useranalytics.md) collection|Sets.|\n"),
    };
    const user = build(pages).types.find((t) => t.name === "user");
    expect(user?.navigationProperties.map((n) => n.name)).not.toContain("analytics");
  });
});

describe("segments named like an operation", () => {
  const body = "## Request body\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|note|String|A note.|\n\n## Response";
  const action = (owner: string, path: string) => api(`${owner}: sharedTeam`, "POST", [path], "no content").replace("## Response", body);
  const pages = {
    ...PAGES,
    "api/schedule-sharedteam.md": action("schedule", "/schedules/{id}/sharedTeam"),
    "api/user-get-sharedteam.md": api("Get sharedTeam", "GET", ["/users/{id}/sharedTeam"], "a [team](../resources/team.md) object"),
  };
  const navs = (p: Record<string, string>) =>
    build(p)
      .types.find((t) => t.name === "user")
      ?.navigationProperties.map((n) => n.name);

  it("are navigation properties where the operation is only called on an unrelated type", () => {
    expect(navs(pages)).toContain("sharedTeam");
  });

  it("are not where the operation is called on the same type", () => {
    expect(navs({ ...pages, "api/user-sharedteam.md": action("user", "/users/{id}/sharedTeam") })).not.toContain("sharedTeam");
  });
});

describe("a single navigation property put at its path", () => {
  it("reads `PUT /users/{id}/team` as a single-valued navigation property", () => {
    const pages = {
      ...PAGES,
      "api/user-put-team.md": api("Create team", "PUT", ["/users/{id}/team"], "a [team](../resources/team.md) object"),
    };
    const user = build(pages).types.find((t) => t.name === "user");
    expect(user?.navigationProperties.find((n) => n.name === "team")?.type).toEqual({ type: "microsoft.graph.team", collection: false });
  });
});

describe("navigation properties addressed by key", () => {
  const KEYED: Record<string, string> = {
    ...PAGES,
    "resources/user.md": resource("user", "", "|photo|[photo](photo.md)|The photo.|\n|team|[team](team.md)|The team.|\n"),
    "api/user-delete-photo.md": api("Delete photo", "DELETE", ["/users/{id}/photo/{photo-id}"], "no content"),
    "api/user-remove-team.md": api("Remove team", "DELETE", ["/users/{id}/team/{team-id}/$ref"], "no content"),
  };

  it("reads a single-valued navigation property that a path addresses by key (also before $ref) as a collection", () => {
    const user = build(KEYED).types.find((t) => t.name === "user");
    expect(user?.navigationProperties.find((n) => n.name === "photo")?.type).toEqual({ type: "microsoft.graph.photo", collection: true });
    expect(user?.navigationProperties.find((n) => n.name === "team")?.type).toEqual({ type: "microsoft.graph.team", collection: true });
  });

  it("warns at the table row", () => {
    const diagnostics = build(KEYED).diagnostics.filter((d) => d.code === "navigation-collection-from-path");
    expect(diagnostics.map((d) => d.location.file)).toEqual(["resources/user.md", "resources/user.md"]);
  });

  it("keeps a single member when the keyed page reads another type below it, or the key does not end the path", () => {
    const pages = {
      ...PAGES,
      "resources/user.md": resource("user", "", "|photo|[photo](photo.md)|The photo.|\n|team|[team](team.md)|The team.|\n"),
      "api/team-get.md": api("Get team of photo", "GET", ["/users/{id}/photo/{team-id}"], "a [team](../resources/team.md) object"),
      "api/team-archive.md": api(
        "Get team member",
        "GET",
        ["/users/{id}/team/{team-id}/members"],
        "a collection of [user](../resources/user.md) objects",
      ),
    };
    const user = build(pages).types.find((t) => t.name === "user");
    expect(user?.navigationProperties.find((n) => n.name === "photo")?.type.collection).toBe(false);
    expect(user?.navigationProperties.find((n) => n.name === "team")?.type.collection).toBe(false);
  });
});

describe("the settled derivation", () => {
  // build.ts takes the endpoints and operations from the last trial derivation when its round found no member; they
  // must be what a derivation run afresh over the completed types gives.
  function typesOf(pages: PageFacts[]): { index: TypeIndex; types: Map<string, StructuredType>; drafts: EndpointDraft[] } {
    const index = new TypeIndex();
    const typeDrafts = collectTypeDrafts(pages);
    for (const d of typeDrafts.values()) index.add({ kind: "type", namespace: d.namespace, name: d.name });
    const drafts = pages.flatMap((p) => endpointDrafts(p));
    // Every type counts as addressed: entities, as the fixture's pages make them anyway.
    const addressed = new Set([...typeDrafts.keys()]);
    const list = buildTypes(typeDrafts, index, addressed, []);
    return { index, drafts, types: new Map(list.map((t) => [keyOf(t.namespace, t.name), t])) };
  }

  it("equals a fresh derivation over the completed types, with the same findings in the same order", () => {
    const extra = {
      // An undefined type (an endpoint finding) and an operation on a path nothing can follow (a derivation finding).
      "api/widget-get.md": api("Get widget", "GET", ["/users/{id}/widgets/{id}"], "a [widget](../resources/widget.md) object"),
      "api/thing-dothing.md": api("thing: doThing", "POST", ["/things/{id}/doThing"], "a [team](../resources/team.md) object"),
    };
    const pages = Object.entries({ ...PAGES, ...extra }).map(([file, text]) => parsePage(file, text));
    const { index, types, drafts } = typesOf(pages);
    const diagnostics: Diagnostic[] = [];
    const settled = addNavigationAndDerive(drafts, index, types, diagnostics);
    expect(settled.added).toBeGreaterThan(0);
    const freshDiagnostics: Diagnostic[] = [];
    const endpoints = buildEndpoints(drafts, index, freshDiagnostics, types);
    const fresh = deriveOperations(drafts, endpoints, index, types, freshDiagnostics);
    const { operations, entitySets, singletons, rootTypes } = settled;
    expect(JSON.stringify({ operations, entitySets, singletons, rootTypes, endpoints: settled.endpoints })).toBe(
      JSON.stringify({ ...fresh, endpoints }),
    );
    expect(new Set(freshDiagnostics.map((d) => d.code))).toEqual(new Set(["undefined-type", "operation-binding-unknown"]));
    expect(diagnostics.slice(-freshDiagnostics.length)).toEqual(freshDiagnostics);
    expect(diagnostics.some((d) => d.code === "navigation-from-path")).toBe(true);
  });
});

describe("where the walk cannot follow", () => {
  // No page documents entitlementManagement: the walk resumes at `accessPackageCatalogs/{catalogId}`.
  const CATALOG: Record<string, string> = {
    "resources/accesspackagecatalog.md": resource("accessPackageCatalog", "|displayName|String|The name.|\n"),
    "resources/accesspackageresourcerole.md": resource("accessPackageResourceRole", "|displayName|String|The name.|\n"),
    "api/accesspackagecatalog-get.md": api(
      "Get accessPackageCatalog",
      "GET",
      ["/identityGovernance/entitlementManagement/accessPackageCatalogs/{id}"],
      "an [accessPackageCatalog](../resources/accesspackagecatalog.md) object",
    ),
    "api/accesspackagecatalog-list-roles.md": api(
      "List accessPackageResourceRoles",
      "GET",
      ["/identityGovernance/entitlementManagement/accessPackageCatalogs/{catalogId}/accessPackageResourceRoles"],
      "a collection of [accessPackageResourceRole](../resources/accesspackageresourcerole.md) objects",
    ),
  };
  const navOf = (m: Model, owner: string, name: string) =>
    m.types.find((t) => t.name === owner)?.navigationProperties.find((n) => n.name === name);

  it("resumes at a keyed segment that names a documented entity type", () => {
    expect(navOf(build(CATALOG), "accessPackageCatalog", "accessPackageResourceRoles")?.type).toEqual({
      type: "microsoft.graph.accessPackageResourceRole",
      collection: true,
    });
  });

  it("does not resume where the placeholder names another type (`lists/{todoTaskListId}` keys no list)", () => {
    const pages = {
      "resources/list.md": resource("list", "|displayName|String|The name.|\n"),
      "resources/extension.md": resource("extension", "|extensionName|String|The name.|\n"),
      "api/list-get.md": api("Get list", "GET", ["/sites/{site-id}/lists/{list-id}"], "a [list](../resources/list.md) object"),
      "api/extension-list.md": api(
        "List extensions",
        "GET",
        ["/users/me/todo/lists/{todoTaskListId}/extensions"],
        "a collection of [extension](../resources/extension.md) objects",
      ),
    };
    expect(navOf(build(pages), "list", "extensions")).toBeUndefined();
    // The same path with a plain `{id}` resumes: the placeholder check is what keeps the list out.
    const plain = { ...pages, "api/extension-list.md": pages["api/extension-list.md"].replace("{todoTaskListId}", "{id}") };
    expect(navOf(build(plain), "list", "extensions")).toBeDefined();
  });

  it("reads nothing below a placeholder that follows a single entity (`/roleManagement/{rbacApplication}/…`)", () => {
    const pages = {
      "resources/rolemanagement.md": resource("roleManagement", "|displayName|String|The name.|\n"),
      // `{rbacApplication}` names a documented type: it stands for a segment, so roleManagement is a singleton.
      "resources/rbacapplication.md": resource("rbacApplication", "|displayName|String|The name.|\n"),
      "resources/roledefinition.md": resource("roleDefinition", "|displayName|String|The name.|\n"),
      "api/rolemanagement-get.md": api(
        "Get roleManagement",
        "GET",
        ["/roleManagement"],
        "a [roleManagement](../resources/rolemanagement.md) object",
      ),
      "api/roledefinition-get.md": api(
        "Get roleDefinition",
        "GET",
        ["/roleManagement/{rbacApplication}/roleDefinitions/{id}"],
        "a [roleDefinition](../resources/roledefinition.md) object",
      ),
    };
    expect(navOf(build(pages), "roleManagement", "roleDefinitions")).toBeUndefined();
    const written = { ...pages, "api/roledefinition-get.md": pages["api/roledefinition-get.md"].replace("{rbacApplication}/", "") };
    expect(navOf(build(written), "roleManagement", "roleDefinitions")).toBeDefined();
  });
});

describe("other readings of a path", () => {
  const navOf = (m: Model, owner: string, name: string) =>
    m.types.find((t) => t.name === owner)?.navigationProperties.find((n) => n.name === name);

  it("reads the segment a delta function is called on as a collection of what delta returns", () => {
    const pages = {
      ...PAGES,
      "resources/user.md": resource("user", "", "|planner|[plannerUser](planneruser.md)|The planner.|\n"),
      "resources/planneruser.md": resource("plannerUser", "|displayName|String|The name.|\n"),
      "resources/plannertask.md": resource("plannerTask", "|title|String|The title.|\n"),
      "api/planneruser-get.md": api("Get plannerUser", "GET", ["/me/planner"], "a [plannerUser](../resources/planneruser.md) object"),
      "api/planneruser-list-delta.md": api(
        "plannerUser: delta",
        "GET",
        ["/me/planner/all/delta"],
        "a collection of [plannerTask](../resources/plannertask.md) objects",
      ),
    };
    expect(navOf(build(pages), "plannerUser", "all")?.type).toEqual({ type: "microsoft.graph.plannerTask", collection: true });
  });

  it("walks through a segment to the type whose name holds the whole segment when several are named like it", () => {
    const pages = {
      ...PAGES,
      "resources/team.md": resource("team", "", "|installedApps|[teamsAppInstallation](teamsappinstallation.md) collection|Apps.|\n"),
      "resources/userteamwork.md": resource(
        "userTeamwork",
        "",
        "|installedApps|[teamsAppInstallation](teamsappinstallation.md) collection|Apps.|\n",
      ),
      "resources/teamsappinstallation.md": resource("teamsAppInstallation", "|version|String|Version.|\n"),
      "api/userteamwork-get-installedapps.md": api(
        "Get installed app",
        "GET",
        ["/users/{id}/teamwork/installedApps/{app-id}"],
        "a [teamsAppInstallation](../resources/teamsappinstallation.md) object",
      ),
    };
    expect(navOf(build(pages), "user", "teamwork")?.type).toEqual({ type: "microsoft.graph.userTeamwork", collection: false });
  });

  it("reads a page that names no type as about the entity type the segment names (a plural: a collection)", () => {
    const pages = {
      ...PAGES,
      "resources/device.md": resource("device", "|displayName|String|The name.|\n"),
      "api/device-get.md": api("Get device", "GET", ["/devices/{id}"], "a [device](../resources/device.md) object"),
      "api/user-list-devices.md": api("List devices", "GET", ["/me/devices"], "the devices"),
    };
    expect(navOf(build(pages), "user", "devices")?.type).toEqual({ type: "microsoft.graph.device", collection: true });
  });

  it("takes the type a page names over the one a segment names", () => {
    const pages = {
      ...PAGES,
      "resources/roledefinition.md": resource("roleDefinition", "|displayName|String|The name.|\n"),
      "resources/unifiedroledefinition.md": resource("unifiedRoleDefinition", "|displayName|String|The name.|\n"),
      "api/roledefinition-get.md": api(
        "Get roleDefinition",
        "GET",
        ["/roleDefinitions/{id}"],
        "a [roleDefinition](../resources/roledefinition.md) object",
      ),
      "api/user-list-roledefinitions.md": api(
        "List roleDefinitions",
        "GET",
        ["/me/roleDefinitions"],
        "a collection of [unifiedRoleDefinition](../resources/unifiedroledefinition.md) objects",
      ),
      "api/user-delete-roledefinition.md": api("Delete roleDefinition", "DELETE", ["/me/roleDefinitions/{id}"], "no content"),
    };
    expect(navOf(build(pages), "user", "roleDefinitions")?.type).toEqual({
      type: "microsoft.graph.unifiedRoleDefinition",
      collection: true,
    });
  });
});

describe("a walked-through segment no type is named like", () => {
  const METHODS: Record<string, string> = {
    ...PAGES,
    "resources/authenticationmethod.md": resource("authenticationMethod", "|displayName|String|The name.|\n"),
    "api/authentication-list-methods.md": api(
      "List methods",
      "GET",
      ["/me/authentication/methods"],
      "a collection of [authenticationMethod](../resources/authenticationmethod.md) objects",
    ),
  };
  const typeIn = (m: Model, name: string) => m.types.find((t) => t.name === name);

  it("is a single navigation property to a type made for it, which gets the members the paths write below it", () => {
    const m = build(METHODS);
    expect(typeIn(m, "user")?.navigationProperties.find((n) => n.name === "authentication")?.type).toEqual({
      type: "microsoft.graph.authentication",
      collection: false,
    });
    const made = typeIn(m, "authentication");
    expect(made?.kind).toBe("entity");
    expect(made?.navigationProperties.find((n) => n.name === "methods")?.type).toEqual({
      type: "microsoft.graph.authenticationMethod",
      collection: true,
    });
  });

  it("is not made when the owner has a member named like it (a slip), or a type derived from the owner has it", () => {
    const slip = build({
      ...METHODS,
      "resources/user.md": resource("user", "", "|authentications|[authenticationMethod](authenticationmethod.md) collection|Methods.|\n"),
    });
    expect(typeIn(slip, "authentication")).toBeUndefined();
    // Two derived types with different targets: the walk cannot tell which one the path means.
    const derivedOf = (name: string, target: string) =>
      resource(name, "", `|authentication|[${target}](${target.toLowerCase()}.md)|The method.|\n`).replace(
        '"keyProperty": "id", ',
        '"keyProperty": "id", "baseType": "microsoft.graph.user", ',
      );
    const derived = build({
      ...METHODS,
      "resources/adminuser.md": derivedOf("adminUser", "authenticationMethod"),
      "resources/guestuser.md": derivedOf("guestUser", "photo"),
    });
    expect(typeIn(derived, "adminUser")?.baseType).toBe("microsoft.graph.user");
    expect(typeIn(derived, "authentication")).toBeUndefined();
  });

  it("is not made for a plural segment (a collection, not a container)", () => {
    const plural = {
      ...METHODS,
      "api/authentication-list-methods.md": METHODS["api/authentication-list-methods.md"].replace(
        "/me/authentication/",
        "/me/authentications/",
      ),
    };
    expect(typeIn(build(plural), "authentications")).toBeUndefined();
  });

  it("is not made when the next segment is a member of the owner (a key written in place) or an operation", () => {
    const keyInPlace = build({
      ...METHODS,
      "resources/user.md": resource("user", "", "|methods|[authenticationMethod](authenticationmethod.md) collection|Methods.|\n"),
    });
    expect(typeIn(keyInPlace, "authentication")).toBeUndefined();
    const body = "## Request body\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|note|String|A note.|\n\n## Response";
    const called = build({
      ...PAGES,
      "api/authentication-reset.md": api("authentication: reset", "POST", ["/me/authentication/reset"], "no content").replace(
        "## Response",
        body,
      ),
    });
    expect(typeIn(called, "authentication")).toBeUndefined();
  });
});

describe("a walked-through segment named exactly like a type that lacks the next segment", () => {
  it("leads to that type (its table is incomplete)", () => {
    const pages = {
      ...PAGES,
      "resources/informationprotection.md": resource("informationProtection", "|displayName|String|The name.|\n"),
      "resources/informationprotectionlabel.md": resource("informationProtectionLabel", "|name|String|The name.|\n"),
      "api/informationprotection-get.md": api(
        "Get informationProtection",
        "GET",
        ["/informationProtection"],
        "an [informationProtection](../resources/informationprotection.md) object",
      ),
      "api/label-list.md": api(
        "List labels",
        "GET",
        ["/me/informationProtection/policy/labels"],
        "a collection of [informationProtectionLabel](../resources/informationprotectionlabel.md) objects",
      ),
    };
    const user = build(pages).types.find((t) => t.name === "user");
    expect(user?.navigationProperties.find((n) => n.name === "informationProtection")?.type).toEqual({
      type: "microsoft.graph.informationProtection",
      collection: false,
    });
  });
});
