/** The {@code rota} pack section: the numbers of the duty rota (R3–R7), each with its clause. */
package org.zhidu.policies.rota;
