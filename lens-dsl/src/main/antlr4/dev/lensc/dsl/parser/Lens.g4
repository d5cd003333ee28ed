// The .lens language. Whitespace and newlines are insignificant; ';' between items is optional.
grammar Lens;

file
    : packageDecl? schema* EOF
    ;

packageDecl
    : PACKAGE qualifiedName SEMI?
    ;

schema
    : SCHEMA name LBRACE schemaItem* RBRACE SEMI?
    ;

// 'lossy' outside a lens parses so that the checker can say where it belongs
schemaItem
    : (version
    | lens
    | epoch
    | semantic
    | modeDecl
    | gate
    | envelope
    | lossDeclaration
    | assembly
    ) SEMI?
    ;

version
    : VERSION number LBRACE fieldDecl* RBRACE
    ;

// 'name?: T' may be absent; 'name: T?' may be null
fieldDecl
    : name QUESTION? COLON type (EQ value)? (SEMI | COMMA)?
    ;

// ---- types ----

type
    : baseType QUESTION*
    ;

baseType
    : STRING_T                                   # stringType
    | INT_T                                      # intType
    | LONG_T                                     # longType
    | DOUBLE_T                                   # doubleType
    | BOOLEAN_T                                  # booleanType
    | ANY_T                                      # anyType
    | ENUM LPAREN name (COMMA name)* COMMA? RPAREN  # enumType
    | LBRACE fieldDecl* RBRACE                   # objectType
    | LBRACK type RBRACK                         # arrayType
    | MAP LT type GT                             # mapType
    ;

// ---- lenses ----

lens
    : LENS number ARROW number STRING? LBRACE lensItem* RBRACE
    ;

// declarations parse inside 'in' and 'map' too, so that the checker can say where they belong
lensItem
    : (op
    | lossDeclaration
    | reuseDeclaration
    ) SEMI?
    ;

op
    : RENAME name ARROW name                                            # renameOp
    | ADD name COLON type (EQ value)?                                   # addOp
    | REMOVE name COLON type (EQ value)?                                # removeOp
    | HOIST name DOT name                                               # hoistOp
    | PLUNGE name ARROW name                                            # plungeOp
    | WRAP name (ARROW name)?                                           # wrapOp
    | HEAD name (ARROW name)?                                           # headOp
    | IN name LBRACE lensItem* RBRACE                                   # inOp
    | MAP field=name? (BY key=name)? LBRACE lensItem* RBRACE            # mapOp
    | CONVERT name (COLON type ARROW type)? LBRACE convertEntry* RBRACE # convertOp
    | CUSTOM name USING qualifiedName                                   # customOp
    | SPLIT name ARROW splitPart (COMMA splitPart)+ splitRule?          # splitOp
    | MERGE splitPart (COMMA splitPart)+ ARROW name splitRule?          # mergeOp
    | semantic                                                          # semanticOp
    ;

// 'last = "?"': a part and the value it takes when the text has none
splitPart
    : name (EQ STRING)?
    ;

// 'by ", "', or 'by /^\((\d+)\) (.*)$/ format "({area}) {number}" else -> area: "", number: phone'
splitRule
    : BY (STRING | REGEX) (FORMAT STRING)? (ELSE ARROW splitElse (COMMA splitElse)*)?
    ;

// a part's value when the pattern does not match: a string, or the whole text (the field's name)
splitElse
    : name COLON (STRING | name)
    ;

// 'lossy PutGet, CreateGet "why"': laws the lens may break
lossDeclaration
    : LOSSY name (COMMA name)* STRING?
    ;

// 'reuse flag "why"': a field name an earlier lens removed comes back on purpose
reuseDeclaration
    : REUSE qualifiedName STRING
    ;

convertEntry
    : (ELSE direction value
    | value direction value
    ) (SEMI | COMMA)?
    ;

direction
    : BOTH_ARROW
    | ARROW
    | BACK_ARROW
    ;

// ---- sync rules (schema level) ----

// 'semantic meta.dots': a field whose meaning affects merging; never dropped or reinterpreted
semantic
    : SEMANTIC fieldPath
    ;

// 'epoch 3 { reject writes to tags from versions < 3: "why" }'; 'accept' makes an exception
epoch
    : EPOCH number LBRACE writeRule* RBRACE
    ;

writeRule
    : (REJECT | ACCEPT) WRITES (TO fieldPath)? FROM VERSIONS LT number (COLON STRING)? (SEMI | COMMA)?
    ;

// 'mode read-new-write-old'
modeDecl
    : MODE name (MINUS name)*
    ;

// 'gate assignees min-version 3: "why"'
gate
    : GATE fieldPath MIN_VERSION number COLON? STRING
    ;

// 'envelope "todo-item" { schema: type  version: version  _id: id "{type}@{version}:{key}" }'
envelope
    : ENVELOPE STRING? LBRACE envelopeField* RBRACE
    ;

envelopeField
    : name COLON name STRING? (SEMI | COMMA)?
    ;

fieldPath
    : name (DOT name)*
    ;

// ---- assembled versions (schema level) ----

// 'assemble version 1 { isDone from Status version 1 by todoId { rename done -> isDone } }': version 1
// is built from the schema's other versions and from documents of other schemas that reference it
assembly
    : ASSEMBLE VERSION number LBRACE assemblyInput* RBRACE
    ;

// 'isDone, doneAt from Status version 1 by todoId { ops }': the fields that the Status@1 document
// whose todoId holds this document's key supplies, through the ops (none when the names match)
assemblyInput
    : name (COMMA name)* FROM name VERSION number BY name (LBRACE lensItem* RBRACE)? SEMI?
    ;

// ---- names and values ----

qualifiedName
    : name (DOT name)*
    ;

// Keywords are ordinary names wherever a name is expected; quoting covers every other spelling.
name
    : IDENT | STRING | BACKTICKED
    | PACKAGE | SCHEMA | VERSION | LENS | RENAME | ADD | REMOVE | HOIST | PLUNGE | WRAP | HEAD | IN
    | MAP | CONVERT | CUSTOM | USING | SPLIT | MERGE | BY | SEMANTIC | EPOCH | REJECT | WRITES | TO
    | FROM | VERSIONS | ELSE | ENUM | STRING_T | INT_T | LONG_T | DOUBLE_T | BOOLEAN_T | ANY_T
    | TRUE | FALSE | NULL | LOSSY | REUSE | ACCEPT | MODE | GATE | ENVELOPE | FORMAT
    | ASSEMBLE
    ;

number
    : NUMBER
    ;

value
    : STRING                                         # stringValue
    | NUMBER                                         # numberValue
    | TRUE                                           # trueValue
    | FALSE                                          # falseValue
    | NULL                                           # nullValue
    | LBRACK (value (COMMA value)* COMMA?)? RBRACK   # arrayValue
    | LBRACE (member (COMMA member)* COMMA?)? RBRACE # objectValue
    ;

member
    : name COLON value
    ;

// ---- lexer ----

PACKAGE   : 'package';
SCHEMA    : 'schema';
VERSION   : 'version';
LENS      : 'lens';
RENAME    : 'rename';
ADD       : 'add';
REMOVE    : 'remove';
HOIST     : 'hoist';
PLUNGE    : 'plunge';
WRAP      : 'wrap';
HEAD      : 'head';
IN        : 'in';
MAP       : 'map';
CONVERT   : 'convert';
CUSTOM    : 'custom';
USING     : 'using';
SPLIT     : 'split';
MERGE     : 'merge';
BY        : 'by';
SEMANTIC  : 'semantic';
EPOCH     : 'epoch';
REJECT    : 'reject';
WRITES    : 'writes';
TO        : 'to';
FROM      : 'from';
VERSIONS  : 'versions';
ELSE      : 'else';
ENUM      : 'enum';
STRING_T  : 'string';
INT_T     : 'int';
LONG_T    : 'long';
DOUBLE_T  : 'double';
BOOLEAN_T : 'boolean';
ANY_T     : 'any';
TRUE      : 'true';
FALSE     : 'false';
NULL      : 'null';
LOSSY     : 'lossy';
REUSE     : 'reuse';
ACCEPT    : 'accept';
MODE      : 'mode';
GATE      : 'gate';
ENVELOPE  : 'envelope';
MIN_VERSION : 'min-version';
FORMAT    : 'format';
ASSEMBLE  : 'assemble';

BOTH_ARROW : '<->';
BACK_ARROW : '<-';
ARROW      : '->';
LBRACE     : '{';
RBRACE     : '}';
LBRACK     : '[';
RBRACK     : ']';
LPAREN     : '(';
RPAREN     : ')';
LT         : '<';
GT         : '>';
COLON      : ':';
SEMI       : ';';
COMMA      : ',';
DOT        : '.';
EQ         : '=';
QUESTION   : '?';
MINUS      : '-';

NUMBER
    : '-'? ('0' | [1-9] [0-9]*) ('.' [0-9]+)? ([eE] [+-]? [0-9]+)?
    ;

STRING
    : '"' (ESCAPE | ~["\\\r\n])* '"'
    ;

BACKTICKED
    : '`' (~[`\r\n] | '``')+ '`'
    ;

// '/regex/' of a pattern split, as Java writes regexes; '\/' for a slash (never '//' or '/*': comments)
REGEX
    : '/' (~[/*\\\r\n] | '\\' ~[\r\n]) (~[/\\\r\n] | '\\' ~[\r\n])* '/'
    ;

IDENT
    : [\p{L}_] [\p{L}\p{N}_]*
    ;

LINE_COMMENT  : '//' ~[\r\n]* -> skip;
BLOCK_COMMENT : '/*' .*? '*/' -> skip;
WS            : [ \t\r\n\u000C\uFEFF]+ -> skip;

fragment ESCAPE
    : '\\' (["\\/bfnrt] | 'u' HEX HEX HEX HEX)
    ;

fragment HEX
    : [0-9a-fA-F]
    ;
