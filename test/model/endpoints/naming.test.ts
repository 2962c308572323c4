import { describe, expect, it } from "vitest";
import { requestLineName, singularOf } from "../../../generator/model/endpoints/naming.js";
import { toEndpointPath } from "../../../generator/model/endpoints/drafts.js";
import { readRequestLine } from "../../../generator/parse/http-request-line.js";

function nameOf(line: string): string {
  const read = readRequestLine(line);
  if (read === undefined) throw new Error(`not a request line: ${line}`);
  const path = toEndpointPath({ ...read, pos: { line: 1, column: 1 } });
  return requestLineName(read.method, path);
}

describe("requestLineName: the method, then one word per segment", () => {
  it.each([
    ["GET /me", "getMe"],
    ["GET /users", "getUsers"],
    ["GET /users/{id | userPrincipalName}", "getUser"],
    ["PATCH /users/{id}", "patchUser"],
    ["DELETE /groups/{id}/threads/{id}", "deleteGroupThread"],
    ["POST /me/sendMail", "postMeSendMail"],
    ["PUT /me/drive/root:/{path}:/content", "putMeDriveRootByPathContent"],
    ["PUT /drives/{drive-id}/items/{parent-id}:/{filename}:/content", "putDriveItemByPathContent"],
    ["GET /sites/{hostname}:/{server-relative-path}", "getSiteByPath"],
    ["GET /me/photo/$value", "getMePhotoValue"],
    ["DELETE /groups/{id}/members/{id}/$ref", "deleteGroupMemberRef"],
    ["GET /groups/{id}/members/microsoft.graph.user", "getGroupMembersAsUser"],
    ["GET /reports/getEmailActivityCounts(period='{period_value}')", "getReportsGetEmailActivityCounts"],
    ["GET /users/delta", "getUsersDelta"],
    ["GET /me/calendarView?startDateTime={start}&endDateTime={end}", "getMeCalendarView"],
    ["GET /directoryRoles/roleTemplateId={roleTemplateId}", "getDirectoryRoleByRoleTemplateId"],
    ["GET /informationProtection/bitlocker/recoveryKeys/'{id}'", "getInformationProtectionBitlockerRecoveryKey"],
    ["GET /deviceManagement/deviceCompliancePolicies/{id}/deviceStatuses/{id}", "getDeviceManagementDeviceCompliancePolicyDeviceStatus"],
    ["GET /", "getRoot"],
  ])("%s → %s", (line, name) => {
    expect(nameOf(line)).toBe(name);
  });

  it("is the same for every spelling of the placeholders", () => {
    expect(nameOf("GET /users/{user-id}/messages/{message-id}")).toBe(nameOf("GET /users/{id}/messages/{id}"));
  });

  it("singularises English plural endings and leaves other words alone", () => {
    expect(["policies", "addresses", "boxes", "searches", "statuses", "messages", "children", "status", "access"].map(singularOf)).toEqual([
      "policy",
      "address",
      "box",
      "search",
      "status",
      "message",
      "children",
      "status",
      "access",
    ]);
  });
});
