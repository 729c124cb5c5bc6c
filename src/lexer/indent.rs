//! The stack of open indentation levels. Each level is measured twice, with tabs advancing
//! to the next multiple of 8 and with tabs counting as one column: CPython rejects
//! indentation whose meaning would depend on which of those tab sizes the reader assumes.

/// One line's indentation in both measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Width {
    tab8: usize,
    tab1: usize,
}

impl Width {
    /// The width of the whitespace at the start of `line`.
    pub(super) fn measure(line: &str) -> Width {
        let mut w = Width { tab8: 0, tab1: 0 };
        for c in line.chars() {
            match c {
                ' ' => {
                    w.tab8 += 1;
                    w.tab1 += 1;
                }
                '\t' => {
                    w.tab8 = (w.tab8 / 8 + 1) * 8;
                    w.tab1 += 1;
                }
                // Emacs users put form feeds between sections; they restart the count.
                '\x0c' => w = Width { tab8: 0, tab1: 0 },
                _ => break,
            }
        }
        w
    }
}

pub(super) enum Change {
    Same,
    Indent,
    /// How many levels closed.
    Dedent(usize),
}

pub(super) enum Fault {
    /// Tab size 8 and tab size 1 disagree about the block structure.
    Inconsistent,
    /// Dedented to a width no enclosing block has.
    Unindent,
}

pub(super) struct Indents {
    levels: Vec<Width>,
}

impl Indents {
    pub(super) fn new() -> Indents {
        Indents {
            levels: vec![Width { tab8: 0, tab1: 0 }],
        }
    }

    /// How many blocks are open.
    pub(super) fn depth(&self) -> usize {
        self.levels.len() - 1
    }

    /// Closes every open block (at end of input).
    pub(super) fn close_all(&mut self) -> usize {
        let open = self.depth();
        self.levels.truncate(1);
        open
    }

    /// Applies the indentation of a new logical line.
    pub(super) fn update(&mut self, w: Width) -> Result<Change, Fault> {
        let top = self.levels[self.levels.len() - 1];
        if w.tab8 == top.tab8 {
            return if w.tab1 == top.tab1 {
                Ok(Change::Same)
            } else {
                Err(Fault::Inconsistent)
            };
        }
        if w.tab8 > top.tab8 {
            if w.tab1 <= top.tab1 {
                return Err(Fault::Inconsistent);
            }
            self.levels.push(w);
            return Ok(Change::Indent);
        }
        let before = self.levels.len();
        while self.levels.len() > 1 && w.tab8 < self.levels[self.levels.len() - 1].tab8 {
            self.levels.pop();
        }
        let top = self.levels[self.levels.len() - 1];
        if w.tab8 != top.tab8 {
            return Err(Fault::Unindent);
        }
        if w.tab1 != top.tab1 {
            return Err(Fault::Inconsistent);
        }
        Ok(Change::Dedent(before - self.levels.len()))
    }
}
