/** Python's repr() of a str: the quote it picks, and the escapes it writes. */
export function pyStrRepr(v: string): string {
  const q = v.includes("'") && !v.includes('"') ? '"' : "'";
  let body = "";
  for (const ch of v) {
    if (ch === "\\") body += "\\\\";
    else if (ch === q) body += "\\" + q;
    else if (ch === "\n") body += "\\n";
    else if (ch === "\r") body += "\\r";
    else if (ch === "\t") body += "\\t";
    else if ((ch.codePointAt(0) ?? 0) < 0x20) body += "\\x" + (ch.codePointAt(0) ?? 0).toString(16).padStart(2, "0");
    else body += ch;
  }
  return q + body + q;
}
