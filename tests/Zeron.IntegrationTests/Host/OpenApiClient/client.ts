// Compiled (never run) against types that openapi-typescript generates from /openapi/v1.json, as an integrator would:
// the obvious bodies must type-check, and every status the server can answer must be there to handle.
import type { components, paths } from "./api";

type Schemas = components["schemas"];
type Problem = Schemas["ProblemDetails"];
type JsonBody<P extends keyof paths, M extends keyof paths[P]> =
    paths[P][M] extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
type Responses<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? R : never;
type ProblemAt<P extends keyof paths, M extends keyof paths[P], S extends keyof Responses<P, M>> =
    Responses<P, M>[S] extends { content: { "application/problem+json": infer T } } ? T : never;
type HeaderAt<P extends keyof paths, M extends keyof paths[P], S extends keyof Responses<P, M>, H extends string> =
    Responses<P, M>[S] extends { headers: { [K in H]: infer T } } ? T : never;

// The obvious bodies: only what the server requires.
const submit: JsonBody<"/api/widget/v1/feedback", "post"> = { projectKey: "pk_3xQm9TfR2bLw7KcN4vYp8sJd", clientId: "c-1", message: "The pay button does nothing" };
const withMetadata: JsonBody<"/api/widget/v1/feedback", "post"> = { ...submit, email: "ada@example.com", metadata: { plan: "pro", seats: 3 } };
// @ts-expect-error metadata is an object: an array is a 400
const arrayMetadata: JsonBody<"/api/widget/v1/feedback", "post"> = { ...submit, metadata: [1, 2] };
// @ts-expect-error message is required and null is a 400
const nullMessage: JsonBody<"/api/widget/v1/feedback", "post"> = { ...submit, message: null };
const createProject: JsonBody<"/api/v1/orgs/{orgId}/projects", "post"> = { name: "Web shop" };
const renameProject: JsonBody<"/api/v1/orgs/{orgId}/projects/{projectId}", "patch"> = { name: "Shop" };
const recolour: JsonBody<"/api/v1/orgs/{orgId}/projects/{projectId}", "patch"> = { widget: { accentColor: "#4f46e5" } };
const triage: JsonBody<"/api/v1/orgs/{orgId}/feedback/{id}", "patch"> = { status: "Triaged" };
const invite: JsonBody<"/api/v1/orgs/{orgId}/members", "post"> = { email: "grace@example.com" };
const organization: JsonBody<"/api/v1/orgs", "post"> = { name: "Acme Software" };
const apiKey: JsonBody<"/api/v1/orgs/{orgId}/api-keys", "post"> = { name: "CI pipeline" };

// Integers are numbers, not `number | string`.
function expiresAt(token: Schemas["AccessTokenDto"], now: number): number {
    return now + token.expiresIn * 1000;
}
type ListQuery = NonNullable<paths["/api/v1/orgs/{orgId}/projects/{projectId}/feedback"]["get"]["parameters"]["query"]>;
const page: ListQuery = { limit: 200, status: "New,Triaged", hasEmail: true };
const limit: number | undefined = page.limit;

// Problems: status, traceId, code and the validation errors, read without casts.
function explain(problem: Problem): string {
    const status: number = problem.status;
    const traceId: string = problem.traceId;
    const code: string | undefined = problem.code;
    return `${status} ${problem.title ?? ""} ${code ?? ""} (trace ${traceId}): ${problem.detail ?? ""}`;
}
function fieldErrors(problem: Schemas["HttpValidationProblemDetails"]): string[] {
    return Object.entries(problem.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
}

// Every status an operation can answer is declared, with a problem body.
const unauthorized: ProblemAt<"/api/v1/orgs/{orgId}/projects", "get", 401> = { status: 401, traceId: "t" };
const notFound: ProblemAt<"/api/v1/orgs/{orgId}/projects/{projectId}", "get", 404> = { status: 404, traceId: "t" };
const badLimit: ProblemAt<"/api/v1/orgs/{orgId}/projects/{projectId}/feedback", "get", 400> = { status: 400, traceId: "t", errors: { limit: ["'abc' is not a whole number."] } };
const forbidden: [
    ProblemAt<"/api/v1/orgs/{orgId}/api-keys", "get", 403>,
    ProblemAt<"/api/v1/orgs/{orgId}/api-keys/{id}", "delete", 403>,
    ProblemAt<"/api/v1/orgs", "post", 403>,
    ProblemAt<"/api/v1/orgs/{orgId}/api-keys", "post", 403>,
    ProblemAt<"/api/v1/orgs/{orgId}/members", "post", 403>,
] = [
    { status: 403, traceId: "t" }, { status: 403, traceId: "t" }, { status: 403, traceId: "t" }, { status: 403, traceId: "t" }, { status: 403, traceId: "t" },
];
const conflict: ProblemAt<"/api/v1/orgs/{orgId}/members", "post", 409> = { status: 409, traceId: "t", code: "member.exists" };
const tooMany: ProblemAt<"/api/widget/v1/feedback", "post", 429> = { status: 429, traceId: "t" };

// Headers the answers carry.
const retryAfter: HeaderAt<"/api/widget/v1/feedback", "post", 429, "Retry-After"> = 42;
const waitSeconds: number = retryAfter;
const location: HeaderAt<"/api/v1/orgs/{orgId}/projects", "post", 201, "Location"> = "/api/v1/orgs/o/projects/p";
const disposition: HeaderAt<"/api/v1/orgs/{orgId}/projects/{projectId}/feedback/export.csv", "get", 200, "Content-Disposition"> = "attachment; filename=\"feedback.csv\"";

export const used = [
    withMetadata, arrayMetadata, nullMessage, createProject, renameProject, recolour, triage, invite, organization, apiKey, expiresAt, limit,
    explain, fieldErrors, unauthorized, notFound, badLimit, forbidden, conflict, tooMany, waitSeconds, location, disposition,
];
