/** Liveness: answers without touching the database (also the framework-ceiling baseline in bench:answers). */
export function GET() {
  return Response.json({ ok: true });
}
