// A SiteFarm client written from the .proto files alone, as a Node.js author writes one
// (@grpc/grpc-js, @grpc/proto-loader): it runs every RPC the way docs/clients.md tells, and
// exits 1 naming the first thing that is not as the API promises.
//
//   SITEFARM_API_TOKEN=... node client.mjs HOST:PORT PROTOS_DIR
//
// On success it prints one JSON line: what it did, for the test that runs it.

import assert from "node:assert/strict";
import crypto from "node:crypto";
import grpc from "@grpc/grpc-js";
import protoLoader from "@grpc/proto-loader";

const [address, protosDir] = process.argv.slice(2);
const definition = protoLoader.loadSync("sitefarm/v1/sitefarm.proto", {
  includeDirs: [protosDir],
  keepCase: true, // field names as in the .proto: job_id, after_sequence
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
});
const sitefarm = grpc.loadPackageDefinition(definition).sitefarm.v1;
const client = new sitefarm.SiteFarm(address, grpc.credentials.createInsecure());

const auth = new grpc.Metadata();
auth.set("authorization", `Bearer ${process.env.SITEFARM_API_TOKEN}`);
const deadline = (seconds) => new Date(Date.now() + seconds * 1000);
const run = crypto.randomUUID();

/** A unary call, with a deadline, as a promise. */
function unary(method, request, { metadata = auth, seconds = 30 } = {}) {
  return new Promise((resolve, reject) => {
    client[method](request, metadata, { deadline: deadline(seconds) }, (error, response) =>
      error ? reject(error) : resolve(response),
    );
  });
}

/** A server stream's messages; `take` hangs up after that many, as a dropped connection does.
 * The deadline turns a stream that never ends into an error. */
function stream(method, request, { metadata = auth, seconds = 60, take = Infinity } = {}) {
  const call = client[method](request, metadata, { deadline: deadline(seconds) });
  const messages = [];
  return new Promise((resolve, reject) => {
    call.on("data", (message) => {
      messages.push(message);
      if (messages.length === take) call.cancel();
    });
    call.on("error", (error) =>
      error.code === grpc.status.CANCELLED && messages.length >= take
        ? resolve(messages)
        : reject(error),
    );
    call.on("end", () => resolve(messages));
  });
}

async function expectCode(promise, code, what) {
  try {
    await promise;
  } catch (error) {
    assert.equal(error.code, code, `${what}: ${error.code} ${error.details}`);
    return;
  }
  assert.fail(`${what}: succeeded, expected status ${code}`);
}

function assertWithoutGaps(events, from = 1) {
  events.forEach((event, i) => assert.equal(event.sequence, from + i, "sequence has a gap"));
}

const brief = {
  business_name: "Node Street Bakery",
  description: "Sourdough, rye and pastries baked before dawn for the neighbourhood.",
  tone: "TONE_WARM",
  pages: ["Menu", "Contact"],
  language: "en",
};
const report = {};

// --- Generate: the events of one job, until it ends ------------------------------------------
const generateId = `generate-${run}`;
const events = await stream("Generate", { brief, request_id: generateId });
const finished = events.at(-1);
assert.equal(finished.kind, "EVENT_KIND_JOB_FINISHED");
assert.equal(finished.job_state, "JOB_STATE_COMPLETED", finished.message);
assertWithoutGaps(events);
// Retried with the same request_id, it streams the same job's events, from the first.
const replay = await stream("Generate", { brief, request_id: generateId });
assert.deepEqual(new Set(replay.map((e) => e.job_id)), new Set([finished.job_id]));
assert.equal(replay.length, events.length);
report.generate = { job_id: finished.job_id, events: events.length };

// --- StartJob, retried; WatchJob dropped and resumed until the end, then past it ---------------
const startId = `start-${run}`;
const { job } = await unary("StartJob", { brief, request_id: startId });
const { job: retried } = await unary("StartJob", { brief, request_id: startId });
assert.equal(retried.job_id, job.job_id, "a retried StartJob started a second job");
assert.equal(job.request_id, startId);

const watched = await stream("WatchJob", { job_id: job.job_id, after_sequence: 0 }, { take: 2 });
let reconnects = 0;
while (watched.at(-1).kind !== "EVENT_KIND_JOB_FINISHED") {
  const after = watched.at(-1).sequence;
  const more = await stream("WatchJob", { job_id: job.job_id, after_sequence: after }, { take: 3 });
  assert.ok(more.length > 0, "a watch of a running job ended with nothing");
  watched.push(...more);
  reconnects += 1;
}
assertWithoutGaps(watched);
const last = watched.at(-1).sequence;
for (const after of [last, last + 1, last + 100]) {
  // The normal reconnect of a watcher that saw the end: the stream ends at once, empty.
  const rest = await stream("WatchJob", { job_id: job.job_id, after_sequence: after }, { seconds: 5 });
  assert.equal(rest.length, 0, `after_sequence ${after} streamed events`);
}
report.watch = { job_id: job.job_id, events: watched.length, reconnects };

// --- DownloadSite: the manifest first, every file checked against it ---------------------------
const chunks = await stream("DownloadSite", { job_id: job.job_id });
const manifest = chunks[0].manifest;
assert.ok(manifest, "the first message carries no manifest");
assert.ok(chunks.slice(1).every((c) => c.manifest === null), "a later message has a manifest");
const files = new Map();
for (const chunk of chunks) {
  const parts = files.get(chunk.path) ?? [];
  const received = parts.reduce((n, part) => n + part.length, 0);
  assert.equal(chunk.offset, received, `${chunk.path}: a chunk out of order`);
  files.set(chunk.path, [...parts, chunk.chunk]);
}
const contents = new Map([...files].map(([p, parts]) => [p, Buffer.concat(parts)]));
assert.deepEqual([...contents.keys()], manifest.files.map((f) => f.path));
let total = 0;
for (const file of manifest.files) {
  const content = contents.get(file.path);
  assert.equal(content.length, file.size, `${file.path}: size`);
  const sha256 = crypto.createHash("sha256").update(content).digest("hex");
  assert.equal(sha256, file.sha256, `${file.path}: sha256`);
  total += content.length;
}
assert.equal(total, manifest.total_bytes);
assert.ok(contents.has(manifest.entry_path), "the entry page was not sent");
const entryPage = manifest.pages.find((p) => p.path === manifest.entry_path);
assert.ok(entryPage?.title.includes(brief.business_name), "the entry page's title");
// One file, or the files under a prefix.
const [entry] = await stream("DownloadSite", { job_id: job.job_id, path: manifest.entry_path });
assert.ok(entry.chunk.equals(contents.get(manifest.entry_path)));
const images = await stream("DownloadSite", { job_id: job.job_id, path_prefix: "images/" });
assert.ok(images.length > 0 && images.every((c) => c.path.startsWith("images/")));
report.download = { files: manifest.files.length, bytes: total, pages: manifest.pages.length };

// --- ListJobs: by state and caller, summaries unless asked for the full jobs --------------------
const listed = await unary("ListJobs", { states: ["JOB_STATE_COMPLETED"], caller: job.caller });
const ids = listed.jobs.map((j) => j.job_id);
assert.ok(ids.includes(job.job_id) && ids.includes(finished.job_id), "ListJobs by caller");
assert.ok(listed.jobs.every((j) => j.nodes.length === 0 && j.brief.description === ""));
const full = await unary("ListJobs", { caller: job.caller, view: "JOB_VIEW_FULL", page_size: 1 });
assert.ok(full.jobs[0].nodes.length > 0 && full.next_page_token !== "");

// --- What a client gets wrong, and is told -----------------------------------------------------
const codes = grpc.status;
await expectCode(unary("GetJob", { job_id: "" }), codes.INVALID_ARGUMENT, "empty job id");
await expectCode(unary("GetJob", { job_id: "no-such-job" }), codes.NOT_FOUND, "unknown job");
await expectCode(
  unary("StartJob", { brief: { description: "A shop without a name." } }),
  codes.INVALID_ARGUMENT,
  "a brief without business_name",
);
await expectCode(
  unary("StartJob", { brief: { ...brief, business_name: "Another" }, request_id: startId }),
  codes.ALREADY_EXISTS,
  "a request_id sent again with another brief",
);
await expectCode(
  unary("GetJob", { job_id: job.job_id }, { metadata: new grpc.Metadata() }),
  codes.UNAUTHENTICATED,
  "no token",
);
await expectCode(
  stream("DownloadSite", { job_id: job.job_id, path: "no-such-page.html" }),
  codes.NOT_FOUND,
  "a path the site does not have",
);
await expectCode(
  stream("WatchJob", { job_id: job.job_id, after_sequence: -1 }),
  codes.INVALID_ARGUMENT,
  "a negative after_sequence",
);
report.errors = "as documented";

client.close();
console.log(JSON.stringify(report));
