/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks.
 * Qt's PDFium (QtPdf) asks it for random bytes through ProcessPrng and crashes without it.
 * Built into the Wine prefix's system32 by build/windows/build.sh, never shipped. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    /* BCryptGenRandom takes a ULONG length: feed large requests in pieces. */
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
