<#
.SYNOPSIS
    Remove the optional LanguageTool package: the machine-wide LanguageTool folder, and the
    Temurin Java runtime when -RemoveJava is given (leave it when other software needs Java).
#>
[CmdletBinding()]
param([switch]$RemoveJava)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $env:ProgramData "ArabeskDesk\languagetool")
if ($RemoveJava) {
    $uninstall = "HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*"
    $temurin = Get-ItemProperty $uninstall | Where-Object { $_.PSObject.Properties['DisplayName'] -and $_.DisplayName -like "Eclipse Temurin JRE*" }
    foreach ($product in $temurin) {
        $process = Start-Process msiexec.exe -ArgumentList "/x $($product.PSChildName) /qn /norestart" -Wait -PassThru
        if ($process.ExitCode -notin 0, 3010) { throw "could not remove $($product.DisplayName) (exit $($process.ExitCode))" }
    }
}
exit 0
