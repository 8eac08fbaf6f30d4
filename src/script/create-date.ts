/**
 * The `Create Date:` text of a new revision: Python's `str(datetime)`, local time unless the
 * ini's `timezone` names an IANA zone, in which case the offset is printed too.
 */
export function formatCreateDate(date: Date, timezone: string | null): string {
  const micros = String(date.getMilliseconds() * 1000).padStart(6, "0");
  const frac = date.getMilliseconds() === 0 ? "" : `.${micros}`;
  if (timezone === null) {
    return `${ymd(date.getFullYear(), date.getMonth() + 1, date.getDate())} ${hms(date.getHours(), date.getMinutes(), date.getSeconds())}${frac}`;
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: timezone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offsetMin = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMin < 0 ? "-" : "+";
  const off = `${sign}${String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, "0")}:${String(Math.abs(offsetMin) % 60).padStart(2, "0")}`;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}${frac}${off}`;
}

const two = (n: number): string => String(n).padStart(2, "0");
const ymd = (y: number, m: number, d: number): string => `${y}-${two(m)}-${two(d)}`;
const hms = (h: number, m: number, s: number): string => `${two(h)}:${two(m)}:${two(s)}`;
