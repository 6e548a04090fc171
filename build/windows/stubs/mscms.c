/* Test-only stand-in for Windows' mscms.dll (colour management). Qt's "windows" platform
 * plugin calls these four, which Wine 8's builtin mscms lacks or aborts on. Each fails
 * politely, so Qt carries on without a colour profile. Loaded with WINEDLLOVERRIDES=mscms=n
 * from the Wine prefix's system32; never shipped. */
#include <windows.h>

typedef HANDLE HPROFILE;

__declspec(dllexport) HPROFILE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share,
                                                       DWORD creation)
{
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}

__declspec(dllexport) BOOL WINAPI CloseColorProfile(HPROFILE profile)
{
    (void)profile;
    return TRUE;
}

__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HPROFILE profile, BYTE *buffer,
                                                           DWORD *size)
{
    (void)profile; (void)buffer;
    if (size) *size = 0;
    SetLastError(ERROR_NOT_SUPPORTED);
    return FALSE;
}

__declspec(dllexport) HPROFILE WINAPI WcsCreateIccProfile(HPROFILE profile, DWORD options)
{
    (void)profile; (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
