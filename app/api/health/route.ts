/**
 * Liveness: answers without touching the database. Also the framework-ceiling baseline of
 * bench:answers: POST reads a JSON body like an answer submission does, and does nothing with it.
 */
export function GET() {
  return Response.json({ ok: true });
}

export async function POST(request: Request) {
  await request.text();
  return Response.json({ ok: true });
}
