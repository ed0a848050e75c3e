/** Rule packs: finding DRL files, compiling them, reading and enforcing rule metadata, pack vocabularies, and the API rule consequences record through. */
package claimcheck.rules;
