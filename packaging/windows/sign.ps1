<#
.SYNOPSIS
    Sign files with the school's code-signing certificate (Authenticode, SHA-256, timestamped).

.DESCRIPTION
    The certificate comes from the environment, as a CI secret provides it:
      SIGNING_CERTIFICATE_PFX       the .pfx file, base64-encoded
      SIGNING_CERTIFICATE_PASSWORD  its password
    signtool.exe is taken from the newest Windows SDK on the machine.

.EXAMPLE
    pwsh packaging\windows\sign.ps1 dist\arabesk-desk\arabesk-desk.exe dist\arabesk-desk\arabesk-desk-window.exe
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)]
    [string[]]$Files,
    [string]$TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

if (-not $env:SIGNING_CERTIFICATE_PFX) { throw "SIGNING_CERTIFICATE_PFX is not set" }
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
if ($null -eq $signtool) { throw "signtool.exe not found: install the Windows SDK" }

$pfx = Join-Path ([IO.Path]::GetTempPath()) "arabesk-signing-$PID.pfx"
try {
    [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:SIGNING_CERTIFICATE_PFX))
    & $signtool.FullName sign /fd SHA256 /f $pfx /p $env:SIGNING_CERTIFICATE_PASSWORD `
        /tr $TimestampUrl /td SHA256 /d "Arabesk Desk" @Files
    if ($LASTEXITCODE -ne 0) { throw "signtool sign failed" }
    & $signtool.FullName verify /pa @Files
    if ($LASTEXITCODE -ne 0) { throw "signtool verify failed" }
}
finally {
    Remove-Item -Force -ErrorAction SilentlyContinue $pfx
}
