/**
 * Classified material (S1–S7): the level order and what a compilation or a removable medium must carry, who may
 * approve a copy, how a destruction is signed and where, the records kept five years, computers that are both
 * classified and connected, loans past their time and people who leave with loans open, foreign visits received
 * before their approval. Rows come from the registers an office keeps (G13 and the copy, carrier, equipment, visit
 * and meeting-record registers); the checks are pure.
 */
package org.zhidu.core.secrecy;
