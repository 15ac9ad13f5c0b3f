// 核对 notes are collapsed <details class="note">: one line on a phone, opened by a tap.
// On a wide screen they are margin notes (site.css floats them into the right margin): there
// they open, and each moves to just before the paragraph it qualifies, so that it starts
// beside that paragraph (a placeholder keeps its place for narrower screens and print).
const WIDE = window.matchMedia("screen and (min-width: 76.25em)");
const PRINT = window.matchMedia("print");

function placeAnnotations() {
  for (const note of document.querySelectorAll("article details.note")) {
    if (!note.placeholder) {
      note.placeholder = document.createComment("核对");
      note.after(note.placeholder);
    }
    const qualified = note.placeholder.previousElementSibling === note
      ? note.previousElementSibling : note.placeholder.previousElementSibling;
    if (PRINT.matches) {  // printed in full, where the author put them
      note.open = true;
      note.placeholder.before(note);
    } else if (WIDE.matches) {
      note.open = true;
      if (qualified && qualified.matches("p, ul, ol, .arithmatex, .equation")) qualified.before(note);
    } else {
      note.open = false;
      note.placeholder.before(note);
    }
  }
}

document$.subscribe(placeAnnotations);
WIDE.addEventListener("change", placeAnnotations);
PRINT.addEventListener("change", placeAnnotations);
// Print the notes in full, where the author put them.
window.addEventListener("beforeprint", () => {
  for (const note of document.querySelectorAll("article details.note")) {
    if (note.placeholder) note.placeholder.before(note);
    note.open = true;
  }
});
window.addEventListener("afterprint", placeAnnotations);
