//! The instruction set, declared once.
//!
//! This table is Quicken's `bytecodes.c`: every instruction appears here exactly
//! once with its stack effect (as a function of the oparg), its inline-cache
//! size, its family (for specialized forms), its flags and a one-line meaning.
//! Everything else derives from it: the compiler's stack-depth analysis, the
//! disassembler, the `quicken spec` reference page and the family-consistency
//! checks.
//!
//! Names and stack effects follow CPython 3.12/3.13 wherever the concept is the
//! same. Two deliberate differences, both simplifications that keep the
//! reference evaluator easy to read:
//! - jump opargs are absolute instruction indices, not relative offsets;
//! - exception handlers receive only the exception (no saved `lasti`), because
//!   tracebacks are recorded when an exception is raised, not re-derived.
//!
//! Stack effects are written `pops` / `pushes`. For jumps whose taken branch has
//! a different effect (FOR_ITER at exhaustion) `jump_pops`/`jump_pushes` give it.

/// Instruction flags.
pub mod flags {
    /// The oparg is meaningful.
    pub const ARG: u16 = 1 << 0;
    /// The oparg is an absolute jump target.
    pub const JUMP: u16 = 1 << 1;
    /// The oparg indexes `co_consts`.
    pub const CONST: u16 = 1 << 2;
    /// The oparg indexes `co_names` (possibly shifted, see the instruction).
    pub const NAME: u16 = 1 << 3;
    /// The oparg indexes the fast locals.
    pub const LOCAL: u16 = 1 << 4;
    /// The oparg indexes cells and free variables (part of the fast locals).
    pub const FREE: u16 = 1 << 5;
    /// Execution never falls through to the next instruction.
    pub const TERMINATOR: u16 = 1 << 6;
    /// The instruction may raise an exception.
    pub const ERROR: u16 = 1 << 7;
    /// Pseudo instruction that is never executed (cache slots).
    pub const PSEUDO: u16 = 1 << 8;
    /// A superinstruction: it also performs the instruction that follows
    /// it, which stays in place (jumps may target it) and is skipped.
    pub const SUPER: u16 = 1 << 9;
}

/// Static facts about one instruction, derived from the table.
#[derive(Debug, Clone, Copy)]
pub struct OpInfo {
    pub name: &'static str,
    pub flags: u16,
    /// Inline cache entries that follow the instruction in the code array.
    pub cache: u8,
    /// The generic instruction this one specializes (itself for heads).
    pub family: Opcode,
    /// One-line meaning, for `quicken spec` and `quicken dis`.
    pub doc: &'static str,
    /// Stack effect notation, for the reference page.
    pub effect: &'static str,
}

macro_rules! instructions {
    ($(
        $(#[$attr:meta])*
        $name:ident {
            effect: $effect:literal,
            pops: |$o1:ident| $pops:expr,
            pushes: |$o2:ident| $pushes:expr,
            $(jump: |$o3:ident| ($jpops:expr, $jpushes:expr),)?
            cache: $cache:expr,
            family: $family:ident,
            flags: $flags:expr,
            doc: $doc:literal $(,)?
        }
    ),* $(,)?) => {
        /// Every instruction, generic and specialized.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode { $($name),* }

        impl Opcode {
            /// All opcodes in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The table row of this opcode.
            #[inline]
            pub fn info(self) -> &'static OpInfo {
                &INFO[self as usize]
            }

            /// Values popped when the instruction falls through.
            #[allow(unused_variables)]
            pub fn pops(self, oparg: u32) -> u32 {
                match self { $(Opcode::$name => { let $o1 = oparg; $pops }),* }
            }

            /// Values pushed when the instruction falls through.
            #[allow(unused_variables)]
            pub fn pushes(self, oparg: u32) -> u32 {
                match self { $(Opcode::$name => { let $o2 = oparg; $pushes }),* }
            }

            /// (pops, pushes) on the taken branch of a jump.
            #[allow(unused_variables)]
            pub fn jump_effect(self, oparg: u32) -> (u32, u32) {
                match self {
                    $(Opcode::$name => {
                        instructions!(@jump oparg, self, $( |$o3| ($jpops, $jpushes) )?)
                    }),*
                }
            }
        }

        /// The table itself.
        pub static INFO: &[OpInfo] = &[$(
            OpInfo {
                name: stringify!($name),
                flags: $flags,
                cache: $cache,
                family: Opcode::$family,
                doc: $doc,
                effect: $effect,
            }
        ),*];
    };
    (@jump $oparg:ident, $op:ident, |$o3:ident| ($jpops:expr, $jpushes:expr)) => {{
        let $o3 = $oparg; ($jpops, $jpushes)
    }};
    (@jump $oparg:ident, $op:ident, ) => {
        ($op.pops($oparg), $op.pushes($oparg))
    };
}

use flags::*;

instructions! {
    // ----- stack manipulation -----
    NOP { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: NOP, flags: 0,
        doc: "Do nothing." },
    CACHE { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: CACHE, flags: PSEUDO,
        doc: "An inline-cache slot of the preceding instruction; never executed." },
    POP_TOP { effect: "(value -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: POP_TOP, flags: 0,
        doc: "Discard the top of the stack." },
    PUSH_NULL { effect: "( -- null)", pops: |o| 0, pushes: |o| 1, cache: 0, family: PUSH_NULL, flags: 0,
        doc: "Push the NULL marker that CALL reads as 'no self argument'." },
    COPY { effect: "(bottom, unused[oparg-1] -- bottom, unused[oparg-1], bottom)", pops: |o| o, pushes: |o| o + 1,
        cache: 0, family: COPY, flags: ARG,
        doc: "Push a copy of the oparg-th item from the top (1 is the top)." },
    SWAP { effect: "(bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom)", pops: |o| o, pushes: |o| o,
        cache: 0, family: SWAP, flags: ARG,
        doc: "Exchange the top of the stack with the oparg-th item." },

    // ----- constants and variables -----
    LOAD_CONST { effect: "( -- value)", pops: |o| 0, pushes: |o| 1, cache: 0, family: LOAD_CONST, flags: ARG | CONST,
        doc: "Push co_consts[oparg]." },
    LOAD_FAST { effect: "( -- value)", pops: |o| 0, pushes: |o| 1, cache: 0, family: LOAD_FAST, flags: ARG | LOCAL,
        doc: "Push local variable oparg, known by the compiler to be bound." },
    LOAD_FAST_CHECK { effect: "( -- value)", pops: |o| 0, pushes: |o| 1, cache: 0, family: LOAD_FAST_CHECK,
        flags: ARG | LOCAL | ERROR,
        doc: "Push local variable oparg; UnboundLocalError if it is unbound." },
    STORE_FAST { effect: "(value -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: STORE_FAST, flags: ARG | LOCAL,
        doc: "Store the top of the stack into local variable oparg." },
    DELETE_FAST { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: DELETE_FAST,
        flags: ARG | LOCAL | ERROR,
        doc: "Unbind local variable oparg; UnboundLocalError if it is unbound." },
    MAKE_CELL { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: MAKE_CELL, flags: ARG | FREE,
        doc: "Replace local slot oparg by a new cell holding its current value." },
    COPY_FREE_VARS { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: COPY_FREE_VARS, flags: ARG,
        doc: "Copy the function's oparg closure cells into the last local slots." },
    LOAD_CLOSURE { effect: "( -- cell)", pops: |o| 0, pushes: |o| 1, cache: 0, family: LOAD_CLOSURE, flags: ARG | FREE,
        doc: "Push the cell in slot oparg itself (to build a closure)." },
    LOAD_DEREF { effect: "( -- value)", pops: |o| 0, pushes: |o| 1, cache: 0, family: LOAD_DEREF,
        flags: ARG | FREE | ERROR,
        doc: "Push the contents of the cell in slot oparg; NameError if empty." },
    STORE_DEREF { effect: "(value -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: STORE_DEREF, flags: ARG | FREE,
        doc: "Store the top of the stack into the cell in slot oparg." },
    DELETE_DEREF { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: DELETE_DEREF,
        flags: ARG | FREE | ERROR,
        doc: "Empty the cell in slot oparg; NameError if already empty." },
    LOAD_FROM_DICT_OR_DEREF {
        effect: "( -- value)",
        pops: |o| 0,
        pushes: |o| 1,
        cache: 0,
        family: LOAD_FROM_DICT_OR_DEREF,
        flags: ARG | FREE | ERROR,
        doc: "In a class body: the name of slot oparg from the class namespace, else from its cell (CPython 3.12 reads the mapping from the stack)."
    },
    LOAD_BUILD_CLASS {
        effect: "( -- bc)",
        pops: |o| 0,
        pushes: |o| 1,
        cache: 0,
        family: LOAD_BUILD_CLASS,
        flags: ERROR,
        doc: "Push builtins.__build_class__."
    },
    LOAD_NAME { effect: "( -- value)", pops: |o| 0, pushes: |o| 1, cache: 0, family: LOAD_NAME, flags: ARG | NAME | ERROR,
        doc: "Push co_names[oparg] looked up in locals, then globals, then builtins." },
    STORE_NAME { effect: "(value -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: STORE_NAME, flags: ARG | NAME | ERROR,
        doc: "Bind co_names[oparg] in the locals mapping." },
    DELETE_NAME { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: DELETE_NAME, flags: ARG | NAME | ERROR,
        doc: "Unbind co_names[oparg] in the locals mapping; NameError if unbound." },
    LOAD_GLOBAL { effect: "( -- res, null if (oparg & 1))", pops: |o| 0, pushes: |o| 1 + (o & 1), cache: 4,
        family: LOAD_GLOBAL, flags: ARG | NAME | ERROR,
        doc: "Push co_names[oparg>>1] from globals, then builtins; with oparg&1 push NULL after it." },
    STORE_GLOBAL { effect: "(value -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: STORE_GLOBAL, flags: ARG | NAME,
        doc: "Bind co_names[oparg] in the globals." },
    DELETE_GLOBAL { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: DELETE_GLOBAL,
        flags: ARG | NAME | ERROR,
        doc: "Unbind co_names[oparg] in the globals; NameError if unbound." },

    // ----- attributes -----
    LOAD_ATTR { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9,
        family: LOAD_ATTR, flags: ARG | NAME | ERROR,
        doc: "Replace owner by owner.co_names[oparg>>1]; with oparg&1 push (method, self) or (attr, NULL)." },
    LOAD_SUPER_ATTR {
        effect: "(global_super, class, self -- attr, self_or_null if (oparg & 1))",
        pops: |o| 3,
        pushes: |o| 1 + (o & 1),
        cache: 1,
        family: LOAD_SUPER_ATTR,
        flags: ARG | NAME | ERROR,
        doc: "super().co_names[oparg>>2] (or super(class, self) with oparg&2): call global_super(class, self), then load the attribute; with oparg&1 push (method, self) or (attr, NULL)."
    },
    STORE_ATTR { effect: "(value, owner -- )", pops: |o| 2, pushes: |o| 0, cache: 4, family: STORE_ATTR,
        flags: ARG | NAME | ERROR,
        doc: "Set owner.co_names[oparg] = value." },
    DELETE_ATTR { effect: "(owner -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: DELETE_ATTR,
        flags: ARG | NAME | ERROR,
        doc: "Delete owner.co_names[oparg]." },

    // ----- operators -----
    UNARY_NEGATIVE { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 0, family: UNARY_NEGATIVE, flags: ERROR,
        doc: "res = -value." },
    UNARY_POSITIVE { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 0, family: UNARY_POSITIVE, flags: ERROR,
        doc: "res = +value (CPython 3.12 spells this CALL_INTRINSIC_1 INTRINSIC_UNARY_POSITIVE)." },
    UNARY_INVERT { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 0, family: UNARY_INVERT, flags: ERROR,
        doc: "res = ~value." },
    UNARY_NOT { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 0, family: UNARY_NOT, flags: ERROR,
        doc: "res = not value." },
    TO_BOOL { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 3, family: TO_BOOL, flags: ERROR,
        doc: "res = bool(value), via __bool__ and __len__." },
    BINARY_OP { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP, flags: ARG | ERROR,
        doc: "res = lhs <op> rhs for the operator numbered oparg (in-place forms try __iop__ first)." },
    COMPARE_OP { effect: "(left, right -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: COMPARE_OP, flags: ARG | ERROR,
        doc: "res = rich comparison number oparg (< <= == != > >=) of left and right." },
    IS_OP { effect: "(left, right -- b)", pops: |o| 2, pushes: |o| 1, cache: 0, family: IS_OP, flags: ARG,
        doc: "b = left is right (is not, when oparg is 1)." },
    CONTAINS_OP { effect: "(left, right -- b)", pops: |o| 2, pushes: |o| 1, cache: 1, family: CONTAINS_OP, flags: ARG | ERROR,
        doc: "b = left in right (not in, when oparg is 1)." },

    // ----- subscripts -----
    BINARY_SUBSCR { effect: "(container, sub -- res)", pops: |o| 2, pushes: |o| 1, cache: 2, family: BINARY_SUBSCR,
        flags: ERROR,
        doc: "res = container[sub]." },
    STORE_SUBSCR { effect: "(value, container, sub -- )", pops: |o| 3, pushes: |o| 0, cache: 1, family: STORE_SUBSCR,
        flags: ERROR,
        doc: "container[sub] = value." },
    DELETE_SUBSCR { effect: "(container, sub -- )", pops: |o| 2, pushes: |o| 0, cache: 0, family: DELETE_SUBSCR,
        flags: ERROR,
        doc: "del container[sub]." },
    BINARY_SLICE { effect: "(container, start, stop -- res)", pops: |o| 3, pushes: |o| 1, cache: 0, family: BINARY_SLICE,
        flags: ERROR,
        doc: "res = container[start:stop]." },
    STORE_SLICE { effect: "(value, container, start, stop -- )", pops: |o| 4, pushes: |o| 0, cache: 0,
        family: STORE_SLICE, flags: ERROR,
        doc: "container[start:stop] = value." },
    BUILD_SLICE { effect: "(start, stop, step if (oparg == 3) -- slice)", pops: |o| o, pushes: |o| 1, cache: 0,
        family: BUILD_SLICE, flags: ARG,
        doc: "Build slice(start, stop[, step]) from the top oparg items." },

    // ----- building containers and strings -----
    BUILD_TUPLE { effect: "(values[oparg] -- tup)", pops: |o| o, pushes: |o| 1, cache: 0, family: BUILD_TUPLE, flags: ARG,
        doc: "Build a tuple from the top oparg items." },
    BUILD_LIST { effect: "(values[oparg] -- list)", pops: |o| o, pushes: |o| 1, cache: 0, family: BUILD_LIST, flags: ARG,
        doc: "Build a list from the top oparg items." },
    BUILD_SET { effect: "(values[oparg] -- set)", pops: |o| o, pushes: |o| 1, cache: 0, family: BUILD_SET,
        flags: ARG | ERROR,
        doc: "Build a set from the top oparg items." },
    BUILD_MAP { effect: "(values[oparg*2] -- map)", pops: |o| 2 * o, pushes: |o| 1, cache: 0, family: BUILD_MAP,
        flags: ARG | ERROR,
        doc: "Build a dict from oparg key/value pairs." },
    BUILD_CONST_KEY_MAP { effect: "(values[oparg], keys -- map)", pops: |o| o + 1, pushes: |o| 1, cache: 0,
        family: BUILD_CONST_KEY_MAP, flags: ARG | ERROR,
        doc: "Build a dict from a tuple of oparg keys and oparg values." },
    BUILD_STRING { effect: "(pieces[oparg] -- str)", pops: |o| o, pushes: |o| 1, cache: 0, family: BUILD_STRING,
        flags: ARG,
        doc: "Concatenate oparg strings." },
    LIST_APPEND { effect: "(list, unused[oparg-1], v -- list, unused[oparg-1])", pops: |o| 1, pushes: |o| 0, cache: 0,
        family: LIST_APPEND, flags: ARG,
        doc: "Append v to the list oparg items below it (comprehensions)." },
    LIST_EXTEND { effect: "(list, unused[oparg-1], iterable -- list, unused[oparg-1])", pops: |o| 1, pushes: |o| 0,
        cache: 0, family: LIST_EXTEND, flags: ARG | ERROR,
        doc: "Extend the list oparg items below by an iterable (starred displays)." },
    SET_ADD { effect: "(set, unused[oparg-1], v -- set, unused[oparg-1])", pops: |o| 1, pushes: |o| 0, cache: 0,
        family: SET_ADD, flags: ARG | ERROR,
        doc: "Add v to the set oparg items below it." },
    SET_UPDATE { effect: "(set, unused[oparg-1], iterable -- set, unused[oparg-1])", pops: |o| 1, pushes: |o| 0,
        cache: 0, family: SET_UPDATE, flags: ARG | ERROR,
        doc: "Update the set oparg items below by an iterable." },
    MAP_ADD { effect: "(dict, unused[oparg-1], key, value -- dict, unused[oparg-1])", pops: |o| 2, pushes: |o| 0,
        cache: 0, family: MAP_ADD, flags: ARG | ERROR,
        doc: "dict[key] = value for the dict oparg items below (comprehensions)." },
    DICT_UPDATE { effect: "(dict, unused[oparg-1], update -- dict, unused[oparg-1])", pops: |o| 1, pushes: |o| 0,
        cache: 0, family: DICT_UPDATE, flags: ARG | ERROR,
        doc: "dict.update(update) for a {**m} display." },
    DICT_MERGE { effect: "(callable, unused, unused, dict, unused[oparg-1], update -- same)", pops: |o| 1,
        pushes: |o| 0, cache: 0, family: DICT_MERGE, flags: ARG | ERROR,
        doc: "Merge keyword arguments for f(**m); TypeError on a repeated keyword." },
    LIST_TO_TUPLE { effect: "(list -- tuple)", pops: |o| 1, pushes: |o| 1, cache: 0, family: LIST_TO_TUPLE, flags: 0,
        doc: "Convert a list to a tuple (CPython: CALL_INTRINSIC_1 INTRINSIC_LIST_TO_TUPLE)." },
    CONVERT_VALUE { effect: "(value -- result)", pops: |o| 1, pushes: |o| 1, cache: 0, family: CONVERT_VALUE,
        flags: ARG | ERROR,
        doc: "Apply the f-string conversion oparg: 1 str(), 2 repr(), 3 ascii()." },
    FORMAT_SIMPLE { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 0, family: FORMAT_SIMPLE, flags: ERROR,
        doc: "res = format(value, '')." },
    FORMAT_WITH_SPEC { effect: "(value, fmt_spec -- res)", pops: |o| 2, pushes: |o| 1, cache: 0,
        family: FORMAT_WITH_SPEC, flags: ERROR,
        doc: "res = format(value, fmt_spec)." },

    // ----- unpacking and iteration -----
    UNPACK_SEQUENCE { effect: "(seq -- values[oparg])", pops: |o| 1, pushes: |o| o, cache: 1, family: UNPACK_SEQUENCE,
        flags: ARG | ERROR,
        doc: "Unpack an iterable of exactly oparg items, pushing them last-first." },
    UNPACK_EX { effect: "(seq -- values[oparg & 0xFF], list, values[oparg >> 8])", pops: |o| 1,
        pushes: |o| (o & 0xFF) + (o >> 8) + 1, cache: 0, family: UNPACK_EX, flags: ARG | ERROR,
        doc: "Unpack with a starred target: oparg&0xFF before it, oparg>>8 after it." },
    GET_ITER { effect: "(iterable -- iter)", pops: |o| 1, pushes: |o| 1, cache: 0, family: GET_ITER, flags: ERROR,
        doc: "iter = iter(iterable)." },
    FOR_ITER { effect: "(iter -- iter, next)", pops: |o| 1, pushes: |o| 2, jump: |o| (1, 0), cache: 1,
        family: FOR_ITER, flags: ARG | JUMP | ERROR,
        doc: "Push next(iter); when exhausted pop iter and jump to oparg." },

    // ----- control flow -----
    JUMP_FORWARD { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: JUMP_FORWARD,
        flags: ARG | JUMP | TERMINATOR,
        doc: "Jump forward to oparg." },
    JUMP_BACKWARD { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: JUMP_BACKWARD,
        flags: ARG | JUMP | TERMINATOR,
        doc: "Jump back to the loop head at oparg." },
    POP_JUMP_IF_FALSE { effect: "(cond -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: POP_JUMP_IF_FALSE,
        flags: ARG | JUMP | ERROR,
        doc: "Pop cond; jump to oparg if it is false." },
    POP_JUMP_IF_TRUE { effect: "(cond -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: POP_JUMP_IF_TRUE,
        flags: ARG | JUMP | ERROR,
        doc: "Pop cond; jump to oparg if it is true." },
    POP_JUMP_IF_NONE { effect: "(value -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: POP_JUMP_IF_NONE,
        flags: ARG | JUMP,
        doc: "Pop value; jump to oparg if it is None." },
    POP_JUMP_IF_NOT_NONE { effect: "(value -- )", pops: |o| 1, pushes: |o| 0, cache: 0,
        family: POP_JUMP_IF_NOT_NONE, flags: ARG | JUMP,
        doc: "Pop value; jump to oparg if it is not None." },

            // ----- pattern matching -----
    MATCH_SEQUENCE {
        effect: "(subject -- subject, res)",
        pops: |o| 1,
        pushes: |o| 2,
        cache: 0,
        family: MATCH_SEQUENCE,
        flags: 0,
        doc: "res = subject is a sequence for pattern matching (list, tuple, range; not str/bytes)."
    },
    MATCH_MAPPING {
        effect: "(subject -- subject, res)",
        pops: |o| 1,
        pushes: |o| 2,
        cache: 0,
        family: MATCH_MAPPING,
        flags: 0,
        doc: "res = subject is a mapping for pattern matching (dict and its subclasses)."
    },
    GET_LEN {
        effect: "(obj -- obj, len)",
        pops: |o| 1,
        pushes: |o| 2,
        cache: 0,
        family: GET_LEN,
        flags: ERROR,
        doc: "Push len(obj)."
    },
    MATCH_KEYS {
        effect: "(subject, keys -- subject, keys, values_or_none)",
        pops: |o| 2,
        pushes: |o| 3,
        cache: 0,
        family: MATCH_KEYS,
        flags: ERROR,
        doc: "Push a tuple of subject[k] for the keys, or None if a key is missing."
    },
    MATCH_CLASS {
        effect: "(subject, type, names -- attrs_or_none)",
        pops: |o| 3,
        pushes: |o| 1,
        cache: 0,
        family: MATCH_CLASS,
        flags: ARG | ERROR,
        doc: "If subject is an instance of type, push its oparg positional (via __match_args__) and named attributes as a tuple; else None."
    },
    COPY_DICT_WITHOUT_KEYS {
        effect: "(subject, keys -- rest)",
        pops: |o| 2,
        pushes: |o| 1,
        cache: 0,
        family: COPY_DICT_WITHOUT_KEYS,
        flags: ERROR,
        doc: "rest = a dict of subject's items minus keys (a `**rest` mapping pattern; CPython 3.11's name)."
    },

    // ----- modules -----
    IMPORT_NAME {
        effect: "(level, fromlist -- res)",
        pops: |o| 2,
        pushes: |o| 1,
        cache: 0,
        family: IMPORT_NAME,
        flags: ARG | NAME | ERROR,
        doc: "Import module co_names[oparg] (relative by level); push it, or its top package when fromlist is None."
    },
    IMPORT_FROM {
        effect: "(from -- from, res)",
        pops: |o| 1,
        pushes: |o| 2,
        cache: 0,
        family: IMPORT_FROM,
        flags: ARG | NAME | ERROR,
        doc: "Push attribute co_names[oparg] of the module (importing a submodule if needed)."
    },
    IMPORT_STAR {
        effect: "(from -- )",
        pops: |o| 1,
        pushes: |o| 0,
        cache: 0,
        family: IMPORT_STAR,
        flags: ERROR,
        doc: "from module import *: bind its public names in the locals (CPython: CALL_INTRINSIC_1 INTRINSIC_IMPORT_STAR)."
    },
    SETUP_ANNOTATIONS {
        effect: "( -- )",
        pops: |o| 0,
        pushes: |o| 0,
        cache: 0,
        family: SETUP_ANNOTATIONS,
        flags: ERROR,
        doc: "Create __annotations__ in the locals mapping if it is missing."
    },

    // ----- context managers -----
    BEFORE_WITH {
        effect: "(mgr -- exit, res)",
        pops: |o| 1,
        pushes: |o| 2,
        cache: 0,
        family: BEFORE_WITH,
        flags: ERROR,
        doc: "Push mgr.__exit__ (bound) and the result of mgr.__enter__()."
    },
    WITH_EXCEPT_START {
        effect: "(exit, prev_exc, exc -- exit, prev_exc, exc, res)",
        pops: |o| 3,
        pushes: |o| 4,
        cache: 0,
        family: WITH_EXCEPT_START,
        flags: ERROR,
        doc: "res = exit(type(exc), exc, traceback) for an exception leaving a with block."
    },

    // ----- generators -----
    YIELD_VALUE {
        effect: "(retval -- value)",
        pops: |o| 1,
        pushes: |o| 1,
        cache: 0,
        family: YIELD_VALUE,
        flags: 0,
        doc: "Suspend the generator, producing retval; on resumption push the value sent in."
    },
    SEND {
        effect: "(receiver, v -- receiver, retval)",
        pops: |o| 2,
        pushes: |o| 2,
        jump: |o| (2, 1),
        cache: 1,
        family: SEND,
        flags: ARG | JUMP | ERROR,
        doc: "Send v into receiver; push what it yields, or pop it, push its return value and jump to oparg."
    },
    GET_YIELD_FROM_ITER {
        effect: "(iterable -- iter)",
        pops: |o| 1,
        pushes: |o| 1,
        cache: 0,
        family: GET_YIELD_FROM_ITER,
        flags: ERROR,
        doc: "iter = iterable if it is a generator, else iter(iterable)."
    },

    // ----- functions and calls -----
    MAKE_FUNCTION { effect: "(codeobj -- func)", pops: |o| 1, pushes: |o| 1, cache: 0, family: MAKE_FUNCTION, flags: 0,
        doc: "Make a function from a code object, with the current globals." },
    SET_FUNCTION_ATTRIBUTE { effect: "(attr, func -- func)", pops: |o| 2, pushes: |o| 1, cache: 0,
        family: SET_FUNCTION_ATTRIBUTE, flags: ARG,
        doc: "Set a function attribute: oparg 1 defaults, 2 kwdefaults, 4 annotations, 8 closure." },
    CALL { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3,
        family: CALL, flags: ARG | ERROR,
        doc: "Call callable with oparg positional arguments (self prepended when not NULL)." },
    CALL_KW { effect: "(callable, self_or_null, args[oparg], kwnames -- res)", pops: |o| o + 3, pushes: |o| 1,
        cache: 0, family: CALL_KW, flags: ARG | ERROR,
        doc: "Call with oparg arguments, the last len(kwnames) of which are keywords." },
    CALL_FUNCTION_EX { effect: "(callable, null, callargs, kwargs if (oparg & 1) -- res)", pops: |o| 3 + (o & 1),
        pushes: |o| 1, cache: 0, family: CALL_FUNCTION_EX, flags: ARG | ERROR,
        doc: "Call with a tuple of positional arguments and, with oparg&1, a dict of keywords." },
    RETURN_VALUE { effect: "(retval -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: RETURN_VALUE,
        flags: TERMINATOR,
        doc: "Return retval to the caller." },
    RETURN_CONST { effect: "( -- )", pops: |o| 0, pushes: |o| 0, cache: 0, family: RETURN_CONST,
        flags: ARG | CONST | TERMINATOR,
        doc: "Return co_consts[oparg] to the caller." },

    // ----- exceptions -----
    RAISE_VARARGS { effect: "(args[oparg] -- )", pops: |o| o, pushes: |o| 0, cache: 0, family: RAISE_VARARGS,
        flags: ARG | TERMINATOR | ERROR,
        doc: "raise (oparg 0), raise exc (1), raise exc from cause (2)." },
    RERAISE { effect: "(exc -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: RERAISE,
        flags: TERMINATOR | ERROR,
        doc: "Re-raise exc without adding a traceback entry." },
    PUSH_EXC_INFO { effect: "(exc -- prev_exc, exc)", pops: |o| 1, pushes: |o| 2, cache: 0, family: PUSH_EXC_INFO,
        flags: 0,
        doc: "Make exc the exception being handled; push the previous one beneath it." },
    POP_EXCEPT { effect: "(prev_exc -- )", pops: |o| 1, pushes: |o| 0, cache: 0, family: POP_EXCEPT, flags: 0,
        doc: "Restore prev_exc as the exception being handled." },
    CHECK_EXC_MATCH { effect: "(exc, type -- exc, b)", pops: |o| 2, pushes: |o| 2, cache: 0, family: CHECK_EXC_MATCH,
        flags: ERROR,
        doc: "b = isinstance(exc, type), with CPython's check that type is an exception class." },
    LOAD_ASSERTION_ERROR { effect: "( -- value)", pops: |o| 0, pushes: |o| 1, cache: 0, family: LOAD_ASSERTION_ERROR,
        flags: 0,
        doc: "Push AssertionError (the builtin, even if the name is rebound)." },

    // ----- specialized forms (interp rewrites the family head into these) -----
    BINARY_OP_ADD_INT { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP,
        flags: ARG | ERROR, doc: "Both exact int: res = lhs + rhs (64-bit fast path, bigint on overflow)." },
    BINARY_OP_SUBTRACT_INT { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP,
        flags: ARG | ERROR, doc: "Both exact int: res = lhs - rhs." },
    BINARY_OP_MULTIPLY_INT { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP,
        flags: ARG | ERROR, doc: "Both exact int: res = lhs * rhs." },
    BINARY_OP_ADD_FLOAT { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP,
        flags: ARG | ERROR, doc: "Both exact float: res = lhs + rhs in doubles." },
    BINARY_OP_SUBTRACT_FLOAT { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP,
        flags: ARG | ERROR, doc: "Both exact float: res = lhs - rhs in doubles." },
    BINARY_OP_MULTIPLY_FLOAT { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP,
        flags: ARG | ERROR, doc: "Both exact float: res = lhs * rhs in doubles." },
    BINARY_OP_ADD_UNICODE { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP,
        flags: ARG | ERROR, doc: "Both exact str: res = lhs + rhs." },
    BINARY_OP_INPLACE_ADD_UNICODE { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP,
        flags: ARG | ERROR, doc: "Both exact str, and the next instruction stores into the local that holds lhs: concatenate after dropping that local's reference (CPython appends in place and skips the STORE_FAST; here the STORE_FAST runs, so the stack effect is the head's)." },
    BINARY_OP_FLOOR_DIVIDE_INT { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP,
        flags: ARG | ERROR, doc: "Quicken's own: both exact int, divisor non-zero: res = lhs // rhs." },
    BINARY_OP_REMAINDER_INT { effect: "(lhs, rhs -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: BINARY_OP,
        flags: ARG | ERROR, doc: "Quicken's own: both exact int, divisor non-zero: res = lhs % rhs." },
    BINARY_SUBSCR_LIST_INT { effect: "(container, sub -- res)", pops: |o| 2, pushes: |o| 1, cache: 2, family: BINARY_SUBSCR,
        flags: ERROR, doc: "Exact list, exact non-negative int index in range: res = the item." },
    BINARY_SUBSCR_TUPLE_INT { effect: "(container, sub -- res)", pops: |o| 2, pushes: |o| 1, cache: 2, family: BINARY_SUBSCR,
        flags: ERROR, doc: "Exact tuple, exact non-negative int index in range: res = the item." },
    BINARY_SUBSCR_STR_INT { effect: "(container, sub -- res)", pops: |o| 2, pushes: |o| 1, cache: 2, family: BINARY_SUBSCR,
        flags: ERROR, doc: "Exact str, exact non-negative int index in range, ASCII character: res = that one-character str." },
    BINARY_SUBSCR_DICT { effect: "(container, sub -- res)", pops: |o| 2, pushes: |o| 1, cache: 2, family: BINARY_SUBSCR,
        flags: ERROR, doc: "Exact dict: res = container[sub] (KeyError when missing)." },
    BINARY_SUBSCR_GETITEM { effect: "(container, sub -- res)", pops: |o| 2, pushes: |o| 1, cache: 2, family: BINARY_SUBSCR,
        flags: ERROR, doc: "The container's class has the cached version and its __getitem__ is the cached Python function (by version): enter it as a frame." },
    STORE_SUBSCR_LIST_INT { effect: "(value, container, sub -- )", pops: |o| 3, pushes: |o| 0, cache: 1, family: STORE_SUBSCR,
        flags: ERROR, doc: "Exact list, exact non-negative int index in range: replace the item." },
    STORE_SUBSCR_DICT { effect: "(value, container, sub -- )", pops: |o| 3, pushes: |o| 0, cache: 1, family: STORE_SUBSCR,
        flags: ERROR, doc: "Exact dict: container[sub] = value." },
    COMPARE_OP_INT { effect: "(left, right -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: COMPARE_OP,
        flags: ARG | ERROR, doc: "Both exact int (64-bit): compare as integers." },
    COMPARE_OP_FLOAT { effect: "(left, right -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: COMPARE_OP,
        flags: ARG | ERROR, doc: "Both exact float: compare as doubles." },
    COMPARE_OP_STR { effect: "(left, right -- res)", pops: |o| 2, pushes: |o| 1, cache: 1, family: COMPARE_OP,
        flags: ARG | ERROR, doc: "Both exact str, operator == or !=: compare the text." },
    CONTAINS_OP_SET { effect: "(left, right -- b)", pops: |o| 2, pushes: |o| 1, cache: 1, family: CONTAINS_OP,
        flags: ARG | ERROR, doc: "right is an exact set or frozenset: b = left in right." },
    CONTAINS_OP_DICT { effect: "(left, right -- b)", pops: |o| 2, pushes: |o| 1, cache: 1, family: CONTAINS_OP,
        flags: ARG | ERROR, doc: "right is an exact dict: b = left in right." },
    TO_BOOL_BOOL { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 3, family: TO_BOOL,
        flags: ERROR, doc: "value is a bool: res = value." },
    TO_BOOL_INT { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 3, family: TO_BOOL,
        flags: ERROR, doc: "value is an exact int: res = value != 0." },
    TO_BOOL_LIST { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 3, family: TO_BOOL,
        flags: ERROR, doc: "value is an exact list: res = len(value) > 0." },
    TO_BOOL_NONE { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 3, family: TO_BOOL,
        flags: ERROR, doc: "value is None: res = False." },
    TO_BOOL_STR { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 3, family: TO_BOOL,
        flags: ERROR, doc: "value is an exact str: res = value != \"\"." },
    TO_BOOL_ALWAYS_TRUE { effect: "(value -- res)", pops: |o| 1, pushes: |o| 1, cache: 3, family: TO_BOOL,
        flags: ERROR, doc: "value is an instance of a class with the cached version that defines neither __bool__ nor __len__: res = True." },
    UNPACK_SEQUENCE_TWO_TUPLE { effect: "(seq -- values[oparg])", pops: |o| 1, pushes: |o| o, cache: 1, family: UNPACK_SEQUENCE,
        flags: ARG | ERROR, doc: "seq is an exact tuple of length 2: push its items, last first." },
    UNPACK_SEQUENCE_TUPLE { effect: "(seq -- values[oparg])", pops: |o| 1, pushes: |o| o, cache: 1, family: UNPACK_SEQUENCE,
        flags: ARG | ERROR, doc: "seq is an exact tuple of length oparg: push its items, last first." },
    UNPACK_SEQUENCE_LIST { effect: "(seq -- values[oparg])", pops: |o| 1, pushes: |o| o, cache: 1, family: UNPACK_SEQUENCE,
        flags: ARG | ERROR, doc: "seq is an exact list of length oparg: push its items, last first." },
    LOAD_GLOBAL_MODULE { effect: "( -- res, null if (oparg & 1))", pops: |o| 0, pushes: |o| 1 + (o & 1), cache: 4, family: LOAD_GLOBAL,
        flags: ARG | NAME | ERROR, doc: "The globals' keys version is the cached one: res = the globals entry at the cached index (deopt if its value is gone)." },
    LOAD_GLOBAL_BUILTIN { effect: "( -- res, null if (oparg & 1))", pops: |o| 0, pushes: |o| 1 + (o & 1), cache: 4, family: LOAD_GLOBAL,
        flags: ARG | NAME | ERROR, doc: "The globals' and the builtins' keys versions are the cached ones: res = the builtins entry at the cached index." },
    LOAD_ATTR_INSTANCE_VALUE { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "owner's class has the cached version (no data descriptor or __getattr__ for the name) and owner's __dict__ has never lost a key and holds the name at the cached index: attr = that value." },
    LOAD_ATTR_WITH_HINT { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "As INSTANCE_VALUE for a __dict__ that has had keys deleted: the entry at the cached hint is the name." },
    LOAD_ATTR_SLOT { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "owner's class has the cached version, whose attribute is a __slots__ member of that class: attr = the slot value (AttributeError path deopts when empty)." },
    LOAD_ATTR_MODULE { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "owner is a module whose __dict__ has the cached keys version: attr = the entry at the cached index." },
    LOAD_ATTR_CLASS { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "owner is a class with the cached version: attr = the cached class attribute (no descriptor behaviour)." },
    LOAD_ATTR_PROPERTY { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "owner's class has the cached version and the attribute is a property whose fget is the cached Python function: enter fget(owner) as a frame." },
    LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "owner's class has the cached version and a Python __getattribute__ (the cached function): enter __getattribute__(owner, name) as a frame." },
    LOAD_ATTR_METHOD_WITH_VALUES { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "Method load: owner's class has the cached version and owner's __dict__ does not shadow the name: push the cached function and owner." },
    LOAD_ATTR_METHOD_NO_DICT { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "Method load: owner's class has the cached version and its instances have no __dict__: push the cached function and owner." },
    LOAD_ATTR_METHOD_LAZY_DICT { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "Method load: owner's class has the cached version and owner's __dict__ has not been created: push the cached function and owner." },
    LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "Plain load of a class attribute without __get__: class version cached, owner's __dict__ does not shadow it: attr = the cached value." },
    LOAD_ATTR_NONDESCRIPTOR_NO_DICT { effect: "(owner -- attr, self_or_null if (oparg & 1))", pops: |o| 1, pushes: |o| 1 + (o & 1), cache: 9, family: LOAD_ATTR,
        flags: ARG | NAME | ERROR, doc: "Plain load of a class attribute without __get__ on an instance without __dict__: attr = the cached value." },
    STORE_ATTR_INSTANCE_VALUE { effect: "(value, owner -- )", pops: |o| 2, pushes: |o| 0, cache: 4, family: STORE_ATTR,
        flags: ARG | NAME | ERROR, doc: "owner's class has the cached version (no data descriptor or __setattr__ for the name) and owner's __dict__, never shrunk, holds the name at the cached index: replace that value." },
    STORE_ATTR_WITH_HINT { effect: "(value, owner -- )", pops: |o| 2, pushes: |o| 0, cache: 4, family: STORE_ATTR,
        flags: ARG | NAME | ERROR, doc: "As INSTANCE_VALUE for a __dict__ that has had keys deleted: the entry at the cached hint is the name." },
    STORE_ATTR_SLOT { effect: "(value, owner -- )", pops: |o| 2, pushes: |o| 0, cache: 4, family: STORE_ATTR,
        flags: ARG | NAME | ERROR, doc: "owner's class has the cached version, whose attribute is a __slots__ member of that class: store into the slot." },
    CALL_PY_EXACT_ARGS { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is a Python function with the cached version taking exactly the given positional arguments: enter it as a frame." },
    CALL_PY_GENERAL { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is a Python function with the cached version: bind the arguments and enter it." },
    CALL_BOUND_METHOD_EXACT_ARGS { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is a bound method (NULL slot empty) of a Python function with the cached version taking exactly self plus the arguments: enter it." },
    CALL_BOUND_METHOD_GENERAL { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is a bound method of a Python function with the cached version: bind self and the arguments and enter it." },
    CALL_NON_PY_GENERAL { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is neither a Python function nor a bound method: the generic call (stops re-specialization attempts)." },
    CALL_BUILTIN_CLASS { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is a builtin type (not type, str or tuple with one argument): construct." },
    CALL_BUILTIN_O { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is a builtin function, called with one argument." },
    CALL_BUILTIN_FAST { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is a builtin function without keyword parameters in CPython (METH_FASTCALL), any other number of arguments." },
    CALL_BUILTIN_FAST_WITH_KEYWORDS { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is a builtin function that takes keywords in CPython (METH_FASTCALL|METH_KEYWORDS), called without them." },
    CALL_TYPE_1 { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is type, one argument: res = type(arg)." },
    CALL_STR_1 { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is str, one argument: res = str(arg)." },
    CALL_TUPLE_1 { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is tuple, one argument: res = tuple(arg)." },
    CALL_LEN { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is the builtin len, one argument." },
    CALL_ISINSTANCE { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is the builtin isinstance, two arguments." },
    CALL_LIST_APPEND { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is list.append (cached), self is an exact list, one argument: append." },
    CALL_METHOD_DESCRIPTOR_O { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is the cached method descriptor of a builtin type, self exactly that type, one argument." },
    CALL_METHOD_DESCRIPTOR_NOARGS { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is the cached method descriptor of a builtin type, self exactly that type, no argument." },
    CALL_METHOD_DESCRIPTOR_FAST { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is the cached method descriptor of a builtin type, self exactly that type, two or more arguments." },
    CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "As METHOD_DESCRIPTOR_FAST for a method that takes keywords in CPython, called without them." },
    CALL_ALLOC_AND_ENTER_INIT { effect: "(callable, self_or_null, args[oparg] -- res)", pops: |o| o + 2, pushes: |o| 1, cache: 3, family: CALL,
        flags: ARG | ERROR, doc: "callable is a class with the cached version, default __new__, and a Python __init__ (cached, by version) taking the arguments exactly: allocate the object and enter __init__ as a frame that returns it." },
    FOR_ITER_LIST { effect: "(iter -- iter, next)", pops: |o| 1, pushes: |o| 2, jump: |o| (1, 0), cache: 1, family: FOR_ITER,
        flags: ARG | JUMP | ERROR, doc: "iter is a list iterator: push the next item, or pop it and jump to oparg." },
    FOR_ITER_TUPLE { effect: "(iter -- iter, next)", pops: |o| 1, pushes: |o| 2, jump: |o| (1, 0), cache: 1, family: FOR_ITER,
        flags: ARG | JUMP | ERROR, doc: "iter is a tuple iterator: push the next item, or pop it and jump to oparg." },
    FOR_ITER_RANGE { effect: "(iter -- iter, next)", pops: |o| 1, pushes: |o| 2, jump: |o| (1, 0), cache: 1, family: FOR_ITER,
        flags: ARG | JUMP | ERROR, doc: "iter is a range iterator over 64-bit ints: push the next int, or pop it and jump to oparg." },
    FOR_ITER_GEN { effect: "(iter -- iter, next)", pops: |o| 1, pushes: |o| 2, jump: |o| (1, 0), cache: 1, family: FOR_ITER,
        flags: ARG | JUMP | ERROR, doc: "iter is a generator that is not running: resume it with None." },
    SEND_GEN { effect: "(receiver, v -- receiver, retval)", pops: |o| 2, pushes: |o| 2, jump: |o| (2, 1), cache: 1, family: SEND,
        flags: ARG | JUMP | ERROR, doc: "receiver is a generator that is not running: resume it with v." },

    LOAD_SUPER_ATTR_ATTR { effect: "(global_super, class, self -- attr, self_or_null if (oparg & 1))", pops: |o| 3,
        pushes: |o| 1 + (o & 1), cache: 1, family: LOAD_SUPER_ATTR, flags: ARG | NAME | ERROR,
        doc: "global_super is the builtin super and class a class that self is an instance or subclass of: look the attribute up past class in self's MRO without making a super object." },
    LOAD_SUPER_ATTR_METHOD { effect: "(global_super, class, self -- attr, self_or_null if (oparg & 1))", pops: |o| 3,
        pushes: |o| 1 + (o & 1), cache: 1, family: LOAD_SUPER_ATTR, flags: ARG | NAME | ERROR,
        doc: "As LOAD_SUPER_ATTR_ATTR for a method load: a Python function found for an instance is pushed with self, unbound (no bound method made)." },

    // ----- superinstructions (made by quickening; the compiler never emits them) -----
    LOAD_FAST_LOAD_FAST { effect: "( -- value1, value2)", pops: |o| 0, pushes: |o| 2, cache: 0,
        family: LOAD_FAST_LOAD_FAST, flags: ARG | LOCAL | SUPER,
        doc: "LOAD_FAST(_CHECK) oparg, then the LOAD_FAST(_CHECK) that follows (left in place, so a jump to it still works), as one dispatch; unbound locals raise as LOAD_FAST_CHECK does." },
    STORE_FAST_LOAD_FAST { effect: "(value1 -- value2)", pops: |o| 1, pushes: |o| 1, cache: 0,
        family: STORE_FAST_LOAD_FAST, flags: ARG | LOCAL | SUPER,
        doc: "STORE_FAST oparg, then the LOAD_FAST(_CHECK) that follows, as one dispatch." },
    STORE_FAST_STORE_FAST { effect: "(value2, value1 -- )", pops: |o| 2, pushes: |o| 0, cache: 0,
        family: STORE_FAST_STORE_FAST, flags: ARG | LOCAL | SUPER,
        doc: "STORE_FAST oparg, then the STORE_FAST that follows, as one dispatch." },
}

impl Opcode {
    /// The opcode's name as printed by `dis`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Whether the oparg is meaningful.
    pub fn has_arg(self) -> bool {
        self.info().flags & ARG != 0
    }

    /// Whether the oparg is a jump target.
    pub fn is_jump(self) -> bool {
        self.info().flags & JUMP != 0
    }

    /// Whether control never falls through.
    pub fn is_terminator(self) -> bool {
        self.info().flags & TERMINATOR != 0
    }

    /// Inline cache entries following the instruction.
    pub fn cache_size(self) -> usize {
        self.info().cache as usize
    }

    /// The generic head of this instruction's family.
    pub fn family(self) -> Opcode {
        self.info().family
    }

    /// Net stack effect on fall-through.
    pub fn stack_effect(self, oparg: u32) -> i32 {
        self.pushes(oparg) as i32 - self.pops(oparg) as i32
    }

    /// Look an opcode up by name.
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }
}

/// Operators of BINARY_OP, numbered as CPython's `NB_*` constants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

impl BinOp {
    /// In-place operators are numbered 13.. in the same order.
    pub const INPLACE_OFFSET: u32 = 13;

    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::Lshift,
        BinOp::MatrixMultiply,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::Rshift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
    ];

    /// Decode a BINARY_OP oparg into (operator, in-place?).
    pub fn from_oparg(oparg: u32) -> Option<(BinOp, bool)> {
        let inplace = oparg >= Self::INPLACE_OFFSET;
        let idx = if inplace {
            oparg - Self::INPLACE_OFFSET
        } else {
            oparg
        };
        Self::ALL.get(idx as usize).map(|&op| (op, inplace))
    }

    /// The operator's symbol, as in CPython's error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDivide => "//",
            BinOp::Lshift => "<<",
            BinOp::MatrixMultiply => "@",
            BinOp::Multiply => "*",
            BinOp::Remainder => "%",
            BinOp::Or => "|",
            BinOp::Power => "**",
            BinOp::Rshift => ">>",
            BinOp::Subtract => "-",
            BinOp::TrueDivide => "/",
            BinOp::Xor => "^",
        }
    }

    /// The dunder names: (forward, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Power => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Comparison operators of COMPARE_OP, numbered as CPython's `Py_LT`...
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn from_oparg(oparg: u32) -> Option<CmpOp> {
        Some(match oparg {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            5 => CmpOp::Ge,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The operator with operands exchanged (for the reflected method).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// Apply to an ordering.
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}

/// Render the reference page printed by `quicken spec`: one row per instruction.
pub fn reference_markdown() -> String {
    let mut out = String::from(
        "# Quicken instruction set\n\n\
         Generated from `spec/src/instructions.rs`, the single declaration of every instruction.\n\n\
         | instruction | stack effect | cache | family | meaning |\n|---|---|---|---|---|\n",
    );
    for info in INFO.iter().filter(|i| i.flags & PSEUDO == 0) {
        let family = if info.family.name() == info.name {
            ""
        } else {
            info.family.name()
        };
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {} |\n",
            info.name, info.effect, info.cache, family, info.doc
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_indexed_by_opcode() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Opcode::from_name(op.name()), Some(*op));
        }
    }

    /// Invariant 1 of ARCHITECTURE.md: a specialized form has its head's
    /// stack effect and cache size, for every oparg.
    #[test]
    fn family_members_agree_with_their_head() {
        for &op in Opcode::ALL {
            let head = op.family();
            assert_eq!(
                head.family(),
                head,
                "{} heads a family but is not its own head",
                head.name()
            );
            assert_eq!(
                op.cache_size(),
                head.cache_size(),
                "{} cache size",
                op.name()
            );
            for oparg in 0..600 {
                assert_eq!(
                    op.pops(oparg),
                    head.pops(oparg),
                    "{} pops({oparg})",
                    op.name()
                );
                assert_eq!(
                    op.pushes(oparg),
                    head.pushes(oparg),
                    "{} pushes({oparg})",
                    op.name()
                );
                assert_eq!(
                    op.jump_effect(oparg),
                    head.jump_effect(oparg),
                    "{} jump",
                    op.name()
                );
            }
        }
    }
}
