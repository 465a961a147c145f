/**
 * 整改 follow-up: who owes a written rectification report under the published 通报, the reports units send,
 * where each stands on a day, and the 整改情况 the next quarter's reports show.
 */
package kaohe.rectify;
