<#
.SYNOPSIS
    Intune detection script for the optional LanguageTool package: "detected" when LanguageTool
    is in the machine-wide folder and a Java runtime of version 17 or newer is installed.
#>
$folder = Join-Path $env:ProgramData "ArabeskDesk\languagetool"
$jar = Get-ChildItem $folder -Filter "languagetool-server.jar" -Recurse -Depth 1 -ErrorAction SilentlyContinue |
    Select-Object -First 1
$javaHome = [Environment]::GetEnvironmentVariable("JAVA_HOME", "Machine")
$java = if ($javaHome) { Join-Path $javaHome "bin\java.exe" } else { $null }
if ($jar -and $java -and (Test-Path $java)) {
    Write-Output "LanguageTool in $($jar.DirectoryName), Java in $javaHome"
}
exit 0
