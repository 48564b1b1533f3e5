/**
 * Electronic document names (catalogue N1–N5; 遂安府办发〔2015〕30号, 电子文档命名规则及说明(试行) and 工作登记统计和资料归档制度
 * 二(二)2): the three kinds of name, a tolerant parser that recognises the usual mistakes, the checks, and the
 * canonical rendering that serves as the proposed fix. Pure: names in, reports out.
 */
package org.zhidu.core.naming;
