/**
 * Control characters a capture may hold (an ESC from a copied terminal, a stray BEL, a C1 byte
 * decoded from a broken page) must neither reach a page, where the HTML standard forbids them,
 * nor a terminal, where they clear the screen, retitle the window or reverse the text. This is
 * the one place that turns them into something a reader sees.
 *
 * C0 controls and DEL become their Unicode control pictures (ESC → ␛ U+241B); tab, line feed and
 * carriage return stay, being white space. C1 controls and noncharacters, which have no picture, become `⟨U+0085⟩`.
 * For a `terminal`, carriage return (which moves back over what was printed) is shown too, and so
 * are the explicit direction controls (embeddings, overrides, isolates: RLO U+202E and kin), which
 * a terminal applies to everything printed after them.
 */
export function showControls(text: string, options: { terminal?: boolean } = {}): string {
  const pattern = options.terminal ? TERMINAL_CONTROLS : CONTROLS;
  return text.replace(pattern, (ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}

/** C0 but tab, line feed and carriage return (white space in HTML), DEL, C1, and the noncharacters HTML forbids. */
const CONTROLS = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\p{Noncharacter_Code_Point}]/gu;
const TERMINAL_CONTROLS = /[\0-\x08\x0b-\x1f\x7f-\x9f\p{Noncharacter_Code_Point}\u202a-\u202e\u2066-\u2069]/gu;
