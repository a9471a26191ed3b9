<#
.SYNOPSIS
    Intune detection script for Arabesk Desk: "detected" when this version or newer is installed.

.DESCRIPTION
    Intune counts an app as installed when the script exits 0 and writes to standard output.
    build-msi.ps1 writes a copy with $Minimum set to the version it built
    (dist\Detect-ArabeskDesk.ps1); upload that one. The same rule without a script:
    registry HKLM\SOFTWARE\ArabeskDesk, value "Version", version comparison, greater than or
    equal to the version (see packaging\README.md).
#>
$Minimum = [version]'0.0.0'

$key = Get-ItemProperty -Path "HKLM:\SOFTWARE\ArabeskDesk" -ErrorAction SilentlyContinue
if ($null -eq $key -or -not $key.PSObject.Properties['Version']) { exit 0 }
$installed = [version]$key.Version
$program = Join-Path $key.InstallFolder "arabesk-desk-window.exe"
if ($installed -ge $Minimum -and (Test-Path $program)) {
    Write-Output "Arabesk Desk $installed in $($key.InstallFolder)"
}
exit 0
