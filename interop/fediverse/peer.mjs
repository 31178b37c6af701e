// A fediverse peer for the interoperability test (tests/test_fediverse_peer.py), built on
// Fedify (@fedify/fedify from the npm registry, pinned in package-lock.json), the ActivityPub
// framework behind Ghost's social web. One account, "alice", on loopback; Fedify verifies the
// signatures of what it is sent, signs what it sends, and reads our documents as JSON-LD.
//
// The test drives it over plain HTTP:
//   POST /control/follow  {"actor": URL}                    → Follow
//   POST /control/create  {"to": URL, "content": HTML, "mention": bool, "inReplyTo": URL?}
//                                                           → Create(Note), prints its id
//   POST /control/delete  {"to": URL, "note": URL}          → Delete(Tombstone)
//   GET  /control/received                                  → what its inbox took, verified
// It prints {"port": N} once it listens on 127.0.0.1.
import http from "node:http";
import { Temporal } from "@js-temporal/polyfill";
import {
  Accept,
  Create,
  Delete,
  Endpoints,
  Follow,
  Mention,
  Note,
  Person,
  PUBLIC_COLLECTION,
  Tombstone,
  createFederation,
  generateCryptoKeyPair,
  MemoryKvStore,
} from "@fedify/fedify";

const keys = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
const received = [];
const federation = createFederation({
  kv: new MemoryKvStore(),
  allowPrivateAddress: true, // everything runs on loopback
});

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== "alice") return null;
    const pairs = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: "Alice Fedify",
      url: new URL("/@alice", ctx.url),
      inbox: ctx.getInboxUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      publicKey: pairs[0].cryptographicKey,
      assertionMethods: pairs.map((pair) => pair.multikey),
    });
  })
  .setKeyPairsDispatcher(async () => [keys]);

federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  .on(Accept, async (ctx, activity) => {
    received.push(await activity.toJsonLd({ format: "compact" }));
  })
  .on(Create, async (ctx, activity) => {
    received.push(await activity.toJsonLd({ format: "compact" }));
  });

let origin = "";
let counter = 0;

async function control(path, body) {
  const ctx = federation.createContext(new URL(origin), undefined);
  const me = ctx.getActorUri("alice");
  if (path === "/control/follow") {
    const target = await ctx.lookupObject(body.actor);
    await ctx.sendActivity({ identifier: "alice" }, target, new Follow({
      id: new URL(`/follows/${++counter}`, origin),
      actor: me,
      object: target.id,
    }));
    return { ok: true };
  }
  if (path === "/control/create") {
    const target = await ctx.lookupObject(body.to);
    const id = new URL(`/users/alice/notes/${++counter}`, origin);
    const note = new Note({
      id,
      attribution: me,
      content: body.content,
      url: new URL(`/@alice/${counter}`, origin),
      published: Temporal.Now.instant(),
      to: PUBLIC_COLLECTION,
      ccs: [ctx.getFollowersUri("alice")],
      tags: body.mention ? [new Mention({ href: target.id, name: body.mentionName })] : [],
      replyTarget: body.inReplyTo ? new URL(body.inReplyTo) : null,
    });
    await ctx.sendActivity({ identifier: "alice" }, target, new Create({
      id: new URL(`${id.href}/activity`),
      actor: me,
      object: note,
      to: PUBLIC_COLLECTION,
      ccs: [ctx.getFollowersUri("alice")],
    }));
    return { id: id.href, url: note.url.href };
  }
  if (path === "/control/delete") {
    const target = await ctx.lookupObject(body.to);
    await ctx.sendActivity({ identifier: "alice" }, target, new Delete({
      id: new URL(`${body.note}#delete`),
      actor: me,
      object: new Tombstone({ id: new URL(body.note) }),
      to: PUBLIC_COLLECTION,
    }));
    return { ok: true };
  }
  return null;
}

federation.setFollowersDispatcher("/users/{identifier}/followers", async () => ({ items: [] }));

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  const url = new URL(req.url, origin);
  try {
    if (url.pathname === "/control/received") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(received));
      return;
    }
    if (url.pathname.startsWith("/control/")) {
      const answer = await control(url.pathname, JSON.parse(body.toString() || "{}"));
      res.writeHead(answer ? 200 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
      return;
    }
    const request = new Request(url, {
      method: req.method,
      headers: Object.entries(req.headers).flatMap(([k, v]) =>
        Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]
      ),
      body: ["GET", "HEAD"].includes(req.method) ? undefined : body,
    });
    const response = await federation.fetch(request, {
      contextData: undefined,
      onNotFound: () => new Response("not found", { status: 404 }),
      onNotAcceptable: () => new Response("not acceptable", { status: 406 }),
    });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end(String(error && error.stack || error));
  }
});

server.listen(0, "127.0.0.1", () => {
  origin = `http://127.0.0.1:${server.address().port}`;
  console.log(JSON.stringify({ port: server.address().port }));
});
