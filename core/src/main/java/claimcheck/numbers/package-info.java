/** Numbers as news writing puts them: digits, words, scale words, fractions, ordinals and their qualifiers. Depends on nothing else of claimcheck. */
package claimcheck.numbers;
