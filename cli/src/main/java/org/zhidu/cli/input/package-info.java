/** Reading the user's files: strict decoding (UTF-8 with or without BOM, else GB18030), with clear errors. */
package org.zhidu.cli.input;
